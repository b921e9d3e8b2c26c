package org.confidant.wallboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The floor at {@code takenAt}: a tile per queue and a row per logged-in agent. "Today" is {@code day} in the
 * wallboard's time zone ({@code zone}).
 */
public record WallboardSnapshot(Instant takenAt, LocalDate day, String zone, List<QueueTile> queues,
    List<AgentRow> agents) {

  public WallboardSnapshot {
    queues = List.copyOf(queues);
    agents = List.copyOf(agents);
  }
}
