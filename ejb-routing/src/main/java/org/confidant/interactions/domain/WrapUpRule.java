package org.confidant.interactions.domain;

import java.util.List;
import java.util.UUID;

/**
 * When an agent's wrap-up may end: once every call they are wrapping up has a disposition, if one of its queues
 * requires one. A call of a queue that does not require it never holds the wrap-up.
 */
public final class WrapUpRule {

  /** A call the agent is wrapping up: whether a queue of it requires a disposition, and the one given (or null). */
  public record OpenWrapUp(UUID callId, boolean dispositionRequired, String dispositionCode) {

    boolean lacksDisposition() {
      return dispositionRequired && dispositionCode == null;
    }
  }

  private WrapUpRule() {}

  /** The calls that still need a disposition before the wrap-up may end (empty: it may end). */
  public static List<UUID> awaitingDisposition(List<OpenWrapUp> open) {
    return open.stream().filter(OpenWrapUp::lacksDisposition).map(OpenWrapUp::callId).toList();
  }
}
