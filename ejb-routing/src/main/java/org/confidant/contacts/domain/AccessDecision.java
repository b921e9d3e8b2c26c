package org.confidant.contacts.domain;

/** How a user may open a contact's record. */
public enum AccessDecision {
  /** Their work gives them the record. */
  ROUTINE,
  /** Allowed on a reason they stated (now, or a short while ago): recorded and shown to supervisors and auditors. */
  BREAK_GLASS,
  /** Not without a reason: the user is told how to state one. */
  REASON_REQUIRED,
  /** Not at all: the role reads no PHI. */
  REFUSED
}
