package org.confidant.access;

/** How much of a field a role sees. */
public enum Disclosure {
  /** The value as stored. */
  FULL,
  /** Enough to confirm it with the caller: the day of a birth date, the last four characters of a number. */
  PARTIAL,
  /** Nothing (the field is left out). */
  HIDDEN
}
