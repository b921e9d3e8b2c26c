package org.confidant.routing.domain;

/** How a queue chooses among the agents eligible for its longest-waiting call. */
public enum RoutingStrategy {
  /** The agent who has been available the longest. */
  LONGEST_IDLE,
  /** The agent with the highest proficiency in the queue's skills. */
  MOST_SKILLED,
  /** Agents in turn. */
  ROUND_ROBIN,
  /** The agent who has spent the least of the recent interval on calls. */
  LEAST_OCCUPIED
}
