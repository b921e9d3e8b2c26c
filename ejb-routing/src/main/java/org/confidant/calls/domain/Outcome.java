package org.confidant.calls.domain;

/** What applying one event did. Only APPLIED changed the call. */
public enum Outcome {
  /** The call moved (or stayed, for in-state events like digits) and the phase history grew. */
  APPLIED,
  /** Already applied (same or lower sequence number): nothing to do, nothing changed. */
  DUPLICATE,
  /** An earlier event is missing: hold this one until the gap is filled. Nothing changed. */
  EARLY,
  /** Not allowed in the call's state: counted and logged by the caller. Nothing changed but the sequence. */
  REJECTED
}
