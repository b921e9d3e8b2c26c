package org.confidant.routing.domain;

import java.util.Comparator;

/** An available agent listed in one step of one queue, ordered by that queue's strategy (smallest first). */
record Candidate(AgentRuntime agent, long primary, long secondary) {

  static final Comparator<Candidate> STRATEGY_ORDER = Comparator
      .comparingLong(Candidate::primary)
      .thenComparingLong(Candidate::secondary)
      .thenComparingLong(candidate -> candidate.agent().sequence);

  static Candidate of(AgentRuntime agent, RoutingStrategy strategy, AgentTarget target) {
    long since = agent.availableSinceMillis;
    return switch (strategy) {
      case LONGEST_IDLE -> new Candidate(agent, since, 0);
      case MOST_SKILLED -> new Candidate(agent, -target.score(agent.profile), since);
      case ROUND_ROBIN -> new Candidate(agent, agent.lastOfferedAtMillis, since);
      case LEAST_OCCUPIED -> new Candidate(agent, Math.round(agent.occupancy * 1_000_000), since);
    };
  }
}
