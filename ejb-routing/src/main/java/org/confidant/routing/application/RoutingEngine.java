package org.confidant.routing.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.CallRequest;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.Router;
import org.confidant.routing.domain.Routing;
import org.confidant.routing.domain.RoutingDecision;
import org.confidant.routing.infrastructure.QueueEntity;

/**
 * The server's one router: decisions are serialised by the container's write lock, as the architecture asks (one
 * router decides at a time; in a cluster this becomes an HA singleton). Queues are loaded from the database at
 * start; the router's state is a cache of what connectors and agents report, rebuilt after a restart.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@Lock(LockType.WRITE)
public class RoutingEngine implements Routing {

  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  private final Router router = new Router();
  private List<QueueDefinition> queues = List.of();

  @PostConstruct
  void loadQueues() {
    Instant now = Instant.now();
    queues = entityManager.createQuery("select distinct q from QueueEntity q left join fetch q.requiredSkills",
        QueueEntity.class).getResultList().stream().map(QueueEntity::toDefinition).toList();
    queues.forEach(queue -> router.defineQueue(queue, now));
    LOG.info(() -> "Routing " + queues.size() + " queue(s)");
  }

  @Lock(LockType.READ)
  public List<QueueDefinition> queues() {
    return queues;
  }

  @Override
  public void logIn(AgentProfile agent) {
    router.logIn(agent);
  }

  @Override
  public List<RoutingDecision> logOut(UUID agentId, Instant now) {
    return router.logOut(agentId, now);
  }

  @Override
  public Optional<RoutingDecision.Offer> agentAvailable(UUID agentId, Instant now) {
    return router.agentAvailable(agentId, now);
  }

  @Override
  public void releaseAgent(UUID agentId) {
    router.releaseAgent(agentId);
  }

  @Override
  public List<RoutingDecision> offerRefused(UUID agentId, Instant now) {
    return router.offerRefused(agentId, now);
  }

  @Override
  public List<RoutingDecision> callArrived(CallRequest call, Instant now) {
    return router.callArrived(call, now);
  }

  @Override
  public boolean callLeft(UUID callId) {
    return router.callLeft(callId);
  }

  @Override
  public List<RoutingDecision> tick(Instant now) {
    return router.tick(now);
  }

  @Override
  public Optional<UUID> reservation(UUID agentId) {
    return router.reservation(agentId);
  }
}
