package org.confidant.routing.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.CallRequest;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.Router;
import org.confidant.routing.domain.Routing;
import org.confidant.routing.domain.RoutingDecision;
import org.confidant.routing.infrastructure.QueueEntity;

/**
 * The server's one router: decisions are serialised by the container's write lock, as the architecture asks (one
 * router decides at a time; in a cluster this becomes an HA singleton). Its memory is a cache of the database
 * (queues, agent presence, routed calls): {@link CallRouting} rebuilds it at start, and again after any transaction
 * that changed it rolled back — the decisions it remembers would otherwise not match what was stored.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@Lock(LockType.WRITE)
public class RoutingEngine implements Routing {

  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());
  private static final String TOUCHED = RoutingEngine.class.getName() + ".touched";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Resource TransactionSynchronizationRegistry transactions;

  private Router router = new Router();
  private List<QueueDefinition> queues = List.of();
  private final AtomicBoolean stale = new AtomicBoolean(true);

  @PostConstruct
  void loadQueues() {
    queues = entityManager.createQuery("select distinct q from QueueEntity q left join fetch q.steps",
        QueueEntity.class).getResultList().stream().map(QueueEntity::toDefinition).toList();
    LOG.info(() -> "Routing " + queues.size() + " queue(s)");
  }

  @Lock(LockType.READ)
  public List<QueueDefinition> queues() {
    return queues;
  }

  @Lock(LockType.READ)
  public boolean knowsQueue(UUID queueId) {
    return queues.stream().anyMatch(queue -> queue.id().equals(queueId));
  }

  /** Whether the router's memory must be rebuilt from the database before the next decision. */
  @Lock(LockType.READ)
  public boolean isStale() {
    return stale.get();
  }

  /**
   * Forgets every agent and call and reloads the queues: the start of a rebuild. Queues are reloaded because a
   * configuration change that rolled back may have redefined one here.
   */
  public void reset(Instant now) {
    touch();
    loadQueues();
    router = new Router();
    queues.forEach(queue -> router.defineQueue(queue, now));
    stale.set(false);
  }

  /**
   * Adds a queue or replaces its definition, live, in the configuration change's transaction: waiting calls keep
   * their places, available agents their idle order. Returns the offers and overflows the new definition makes
   * (a widened step may admit an available agent); if the transaction rolls back, the router is rebuilt.
   */
  public List<RoutingDecision> defineQueue(QueueDefinition definition, Instant now) {
    touch();
    queues = Stream.concat(queues.stream().filter(queue -> !queue.id().equals(definition.id())),
        Stream.of(definition)).toList();
    return router.defineQueue(definition, now);
  }

  /**
   * A deleted queue: routable no more. The router has no way to drop a queue from its lists, so it is rebuilt from
   * the database before its next decision (the queue has no call in line: deleting waits for that).
   */
  public void retireQueue(UUID queueId) {
    queues = queues.stream().filter(queue -> !queue.id().equals(queueId)).toList();
    rebuildBeforeNextDecision();
  }

  /** The router's memory no longer matches the database in a way it cannot patch: rebuild it before it decides. */
  public void rebuildBeforeNextDecision() {
    touch();
    stale.set(true);
  }

  @Override
  public void logIn(AgentProfile agent) {
    touch();
    router.logIn(agent);
  }

  @Override
  public List<RoutingDecision> logOut(UUID agentId, Instant now) {
    touch();
    return router.logOut(agentId, now);
  }

  @Override
  public Optional<RoutingDecision.Offer> agentAvailable(UUID agentId, Instant now) {
    touch();
    return router.agentAvailable(agentId, now);
  }

  public void agentUnavailable(UUID agentId) {
    touch();
    router.agentUnavailable(agentId);
  }

  @Override
  public void releaseAgent(UUID agentId) {
    touch();
    router.releaseAgent(agentId);
  }

  @Override
  public List<RoutingDecision> offerRefused(UUID agentId, Instant now) {
    touch();
    return router.offerRefused(agentId, now);
  }

  @Override
  public List<RoutingDecision> callArrived(CallRequest call, Instant now) {
    touch();
    return router.callArrived(call, now);
  }

  @Override
  public boolean callLeft(UUID callId) {
    touch();
    return router.callLeft(callId);
  }

  @Override
  public List<RoutingDecision> tick(Instant now) {
    touch();
    return router.tick(now);
  }

  public void restoreOffer(UUID agentId, CallRequest call, Instant now) {
    touch();
    router.restoreOffer(agentId, call, now);
  }

  public boolean isLoggedIn(UUID agentId) {
    return router.isLoggedIn(agentId);
  }

  @Override
  public Optional<UUID> reservation(UUID agentId) {
    return router.reservation(agentId);
  }

  /** Marks the router stale if the current transaction, which changed it, does not commit. */
  private void touch() {
    if (transactions.getTransactionKey() == null || transactions.getResource(TOUCHED) != null) {
      return;
    }
    transactions.putResource(TOUCHED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
          stale.set(true);
          LOG.warning("A routing transaction rolled back: the router will be rebuilt from the database");
        }
      }
    });
  }
}
