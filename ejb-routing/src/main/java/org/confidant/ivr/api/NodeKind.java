package org.confidant.ivr.api;

/** The kinds of IVR node; see docs/ivr.md for the fields each one uses. */
public enum NodeKind {
  MENU,
  COLLECT_DIGITS,
  MESSAGE,
  HOURS_CHECK,
  ROUTE,
  VOICEMAIL,
  HANGUP
}
