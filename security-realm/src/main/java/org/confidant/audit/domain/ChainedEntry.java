package org.confidant.audit.domain;

import java.util.Objects;

/**
 * An entry with its place in the chain: its sequence number (1, 2, 3, … without gaps) and the hash stored with it.
 * {@code id} is the row's key, shown to name a row; it is not part of the hash (the sequence is the order).
 */
public record ChainedEntry(long id, long sequence, EntryContent content, ChainHash hash) {

  public ChainedEntry {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(hash, "hash");
  }
}
