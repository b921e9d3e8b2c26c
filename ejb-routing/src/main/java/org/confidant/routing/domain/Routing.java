package org.confidant.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Routing as connectors and agent services use it. {@link Router} is the engine; in the server a singleton bean
 * serialises access to one shared router behind this same interface.
 */
public interface Routing {

  void logIn(AgentProfile agent);

  List<RoutingDecision> logOut(UUID agentId, Instant now);

  Optional<RoutingDecision.Offer> agentAvailable(UUID agentId, Instant now);

  void releaseAgent(UUID agentId);

  List<RoutingDecision> offerRefused(UUID agentId, Instant now);

  List<RoutingDecision> callArrived(CallRequest call, Instant now);

  boolean callLeft(UUID callId);

  List<RoutingDecision> tick(Instant now);

  Optional<UUID> reservation(UUID agentId);
}
