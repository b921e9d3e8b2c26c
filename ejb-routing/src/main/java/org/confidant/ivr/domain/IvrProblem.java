package org.confidant.ivr.domain;

/** Something wrong with a tree, at a node (or the whole tree when {@code nodeId} is null), in words for an admin. */
public record IvrProblem(Kind kind, String nodeId, String message) {

  /** What is wrong. Every kind is an error except an unreachable node, which is a warning. */
  public enum Kind {
    NO_NODES,
    INVALID_NAME,
    INVALID_NODE_ID,
    DUPLICATE_NODE_ID,
    UNKNOWN_START,
    MISSING_BRANCH,
    DANGLING_BRANCH,
    LOOP_WITHOUT_EXIT,
    UNREACHABLE_NODE,
    INVALID_DIGIT,
    DUPLICATE_DIGIT,
    INVALID_SETTING,
    UNKNOWN_QUEUE,
    UNKNOWN_SKILL,
    UNKNOWN_CALENDAR;

    /**
     * An unreachable node cannot misroute a caller: every path a call can take is still checked. Admins build
     * flows in steps (add a node, save, then wire it in), so it warns instead of refusing the save.
     */
    public boolean isError() {
      return this != UNREACHABLE_NODE;
    }
  }

  public boolean isError() {
    return kind.isError();
  }
}
