package org.confidant.screenpop.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;

/**
 * A call as the agent's desktop shows it. {@code state}: RINGING, TALKING, HELD, WRAP_UP or ENDED; {@code direction}
 * INBOUND, or OUTBOUND for a callback Confidant dials; {@code pop} null in a CALL frame that does not repeat it.
 */
@JsonbPropertyOrder({"callId", "state", "queue", "direction", "offeredAt", "waitedSeconds", "interactionId", "pop"})
public record AgentCallView(UUID callId, String state, QueueRef queue, String direction, Instant offeredAt,
    long waitedSeconds, UUID interactionId, ScreenPopView pop) {

  /** The queue the call was offered from. */
  @JsonbPropertyOrder({"id", "name"})
  public record QueueRef(UUID id, String name) {}

  public AgentCallView withoutPop() {
    return new AgentCallView(callId, state, queue, direction, offeredAt, waitedSeconds, interactionId, null);
  }
}
