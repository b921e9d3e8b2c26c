package org.confidant.agents.application;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.ReasonKind;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.agents.infrastructure.AgentPresenceEntity;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.publishing.Channel;
import org.confidant.events.publishing.EventPublisher;

/**
 * Agents' presence as stored, in the caller's transaction: every change is saved and announced as an
 * {@code AgentStateChanged} event (version 1: agentId, state, since, reasonCode, callId) on the agents' topic.
 */
@Stateless
@LocalBean
public class Presences {

  static final String STATE_CHANGED = "AgentStateChanged";
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB EventPublisher publisher;

  /** The agent's presence; logged out when they never logged in. */
  public AgentPresence of(UUID agentId, Instant now) {
    return presenceOf(entityManager.find(AgentPresenceEntity.class, agentId), agentId, now);
  }

  public Optional<AgentEntity> agent(UUID agentId) {
    return Optional.ofNullable(entityManager.find(AgentEntity.class, agentId));
  }

  public Optional<AgentEntity> agentNamed(String username) {
    return entityManager.createQuery("select a from AgentEntity a where a.username = :username", AgentEntity.class)
        .setParameter("username", username).getResultStream().findFirst();
  }

  public Optional<AgentEntity> agentAt(String extension) {
    return entityManager.createQuery("select a from AgentEntity a where a.extension = :extension and a.active = true",
        AgentEntity.class).setParameter("extension", extension).getResultStream().findFirst();
  }

  /** Whether agents may give this code for being not ready (an active reason code of that kind). */
  public boolean isNotReadyReason(String code) {
    return !entityManager.createQuery("select r.id from ReasonCodeEntity r where r.code = :code and r.active = true"
            + " and r.kind = :kind", UUID.class)
        .setParameter("code", code).setParameter("kind", ReasonKind.NOT_READY).setMaxResults(1).getResultList()
        .isEmpty();
  }

  /**
   * The agent reserved for the call, if any. For a connected call that is the target of a transfer to an agent:
   * the agent who took the call's own offer is on it, not reserved.
   */
  public Optional<AgentPresence> reservedFor(UUID callId) {
    return entityManager.createQuery("select p from AgentPresenceEntity p where p.state = :state and p.callId = :call",
        AgentPresenceEntity.class).setParameter("state", AgentState.RESERVED).setParameter("call", callId)
        .getResultStream().findFirst().map(AgentPresenceEntity::toPresence);
  }

  /** Presences of agents in the given states, longest in their state first. */
  public List<AgentPresence> inStates(List<AgentState> states) {
    return entityManager.createQuery("select p from AgentPresenceEntity p where p.state in :states order by p.since",
        AgentPresenceEntity.class).setParameter("states", states).getResultStream()
        .map(AgentPresenceEntity::toPresence).toList();
  }

  /** Agents whose wrap-up time is over. */
  public List<AgentPresence> wrapUpsOver(Instant now) {
    return entityManager.createQuery("select p from AgentPresenceEntity p where p.state = :state"
            + " and p.wrapUpUntil <= :now order by p.wrapUpUntil", AgentPresenceEntity.class)
        .setParameter("state", AgentState.WRAP_UP).setParameter("now", now).getResultStream()
        .map(AgentPresenceEntity::toPresence).toList();
  }

  /**
   * Applies an operation to the agent's presence and stores the result; a move to another state (or the same state
   * anew) is announced. An operation the state does not allow throws and changes nothing.
   */
  public AgentPresence change(UUID agentId, Instant now, Consumer<AgentPresence> operation) {
    AgentPresenceEntity stored = entityManager.find(AgentPresenceEntity.class, agentId);
    AgentPresence presence = presenceOf(stored, agentId, now);
    Instant sinceBefore = presence.since();
    AgentState stateBefore = presence.state();
    operation.accept(presence);
    if (stored == null) {
      entityManager.persist(new AgentPresenceEntity(presence));
    } else {
      stored.copyFrom(presence);
    }
    if (presence.state() != stateBefore || !presence.since().equals(sinceBefore)) {
      publisher.publish(Channel.AGENTS, announcement(presence));
    }
    return presence;
  }

  /** No row means the agent never logged in: logged out. */
  private static AgentPresence presenceOf(AgentPresenceEntity stored, UUID agentId, Instant now) {
    return stored == null ? new AgentPresence(agentId, now) : stored.toPresence();
  }

  private static EventEnvelope announcement(AgentPresence presence) {
    JsonObjectBuilder payload = JSON.createObjectBuilder()
        .add("agentId", presence.agentId().toString())
        .add("state", presence.state().name())
        .add("since", presence.since().toString());
    presence.reason().ifPresent(reason -> payload.add("reasonCode", reason.code()));
    presence.call().ifPresent(call -> payload.add("callId", call.toString()));
    return EventEnvelope.of(STATE_CHANGED, 1, presence.since(), presence.agentId(), payload.build().toString());
  }
}
