package org.confidant.recordings.domain;

/** The kinds of record a retention policy governs. Recordings are purged here; the others by their own features. */
public enum RecordType {
  RECORDING, TRANSCRIPT, INTERACTION, CONTACT, CASE, NOTE
}
