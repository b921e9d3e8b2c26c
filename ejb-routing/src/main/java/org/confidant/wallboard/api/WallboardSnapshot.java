package org.confidant.wallboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The floor at {@code takenAt}: a tile per queue, a row per logged-in agent, and today's latest break-glass
 * accesses (newest first, at most {@value #BREAK_GLASS_SHOWN}). "Today" is {@code day} in the wallboard's time zone
 * ({@code zone}).
 */
public record WallboardSnapshot(Instant takenAt, LocalDate day, String zone, List<QueueTile> queues,
    List<AgentRow> agents, List<BreakGlassAlert> breakGlassToday) {

  public static final int BREAK_GLASS_SHOWN = 20;

  public WallboardSnapshot {
    queues = List.copyOf(queues);
    agents = List.copyOf(agents);
    breakGlassToday = List.copyOf(breakGlassToday);
  }
}
