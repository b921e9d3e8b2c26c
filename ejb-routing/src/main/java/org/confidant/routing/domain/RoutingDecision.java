package org.confidant.routing.domain;

import java.util.UUID;

/** What the router decided for one call. */
public sealed interface RoutingDecision {

  UUID callId();

  /** Offer the call to the agent, who is now reserved for it. */
  record Offer(UUID callId, UUID queueId, UUID agentId) implements RoutingDecision {}

  /** The call left its queue for the destination. */
  record Overflow(UUID callId, UUID queueId, OverflowDestination destination, Reason reason)
      implements RoutingDecision {

    public enum Reason { MAX_WAIT, QUEUE_FULL, NO_AGENT_LOGGED_IN }
  }
}
