package org.confidant.ivr.domain;

/**
 * One entry of a call's path through a tree. {@code detail} is the key chosen at a menu or the variable digits
 * were collected into — never the collected digits themselves, which may be a patient or account number.
 */
public record IvrStep(String nodeId, What what, String detail) {

  /** The node id of the step that plays the tree's emergency prompt (no node id can contain '*'). */
  public static final String EMERGENCY = "*emergency*";

  /** What happened at the node. */
  public enum What {
    EMERGENCY_MESSAGE,
    PLAYED,
    CHOSE,
    NO_INPUT,
    INVALID_INPUT,
    RETRIES_EXHAUSTED,
    COLLECTED,
    OPEN,
    CLOSED,
    EXITED,
    STEP_LIMIT
  }

  public static IvrStep of(String nodeId, What what) {
    return new IvrStep(nodeId, what, null);
  }
}
