package org.confidant.interactions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.confidant.calls.domain.Call;
import org.confidant.calls.domain.CallEvent;
import org.confidant.interactions.domain.Interaction;
import org.confidant.interactions.domain.WrapUpRule;
import org.confidant.interactions.infrastructure.InteractionEntity;

/**
 * Keeps each call's interaction record up to date, in the transaction that applies the call's event (the ledger)
 * or the routing decision (offers, answers, wrap-up): exactly one record per call, changed in the call's order,
 * and a call that drops mid-way still has what happened so far. When the call is over, {@code InteractionCompleted}
 * goes out in the same transaction. Not in an {@code api} package: only the server calls it.
 */
@Stateless
@LocalBean
public class CallLog {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB InteractionEvents events;

  /** Follows an event the ledger applied; {@code call} is the call after it. */
  public void follow(CallEvent event, Call call, Instant now) {
    InteractionEntity row = entityManager.find(InteractionEntity.class, event.callId());
    if (row == null) {
      entityManager.flush(); // the call's own row first: the interaction refers to it
      Interaction interaction = Interaction.offered(call.id(), call.phases().get(0).since());
      row = new InteractionEntity(interaction, now);
      entityManager.persist(row);
    }
    Interaction interaction = row.toInteraction();
    boolean wasOver = interaction.isOver();
    Call.Phase current = call.phases().get(call.phases().size() - 1);
    if (event.type() == CallEvent.Type.QUEUED && isId(event.detail())) {
      interaction.queuedIn(UUID.fromString(event.detail()));
    }
    interaction.entered(current.state(), current.since());
    call.endCause().ifPresent(cause -> interaction.endedBecause(cause.name()));
    row.copyFrom(interaction, now);
    if (!wasOver && interaction.isOver()) {
      events.publish(InteractionEvents.COMPLETED, row, now);
    }
  }

  public void offered(UUID callId, UUID agentId, UUID queueId, Instant now) {
    change(callId, interaction -> interaction.offeredTo(agentId, queueId, now), now);
  }

  public void answered(UUID callId, UUID agentId, Instant now) {
    change(callId, interaction -> interaction.answeredBy(agentId, now), now);
  }

  public void wrapUpStarted(UUID callId, UUID agentId, Instant now, Instant until) {
    change(callId, interaction -> interaction.wrapUpStarted(agentId, now, until), now);
  }

  /** The agent left wrap-up: the interaction whose wrap-up they were in records its end. */
  @SuppressWarnings("unchecked")
  public void wrapUpEnded(UUID agentId, Instant now) {
    List<UUID> open = entityManager.createNativeQuery("SELECT call_id FROM interaction_participant WHERE agent_id = ?1"
            + " AND wrap_up_started_at IS NOT NULL AND wrap_up_ended_at IS NULL", UUID.class)
        .setParameter(1, agentId)
        .getResultList();
    open.forEach(callId -> change(callId, interaction -> interaction.wrapUpEnded(agentId, now), now));
  }

  /**
   * The calls the agent is wrapping up that still need a disposition (a queue of theirs requires one) before the
   * wrap-up may end.
   */
  public List<UUID> awaitingDisposition(UUID agentId) {
    List<?> rows = entityManager.createNativeQuery("SELECT p.call_id, coalesce(bool_or(q.disposition_required), false),"
            + " i.disposition_code FROM interaction_participant p JOIN interaction i ON i.call_id = p.call_id"
            + " LEFT JOIN interaction_queue iq ON iq.call_id = p.call_id LEFT JOIN queue q ON q.id = iq.queue_id"
            + " WHERE p.agent_id = ?1 AND p.wrap_up_started_at IS NOT NULL AND p.wrap_up_ended_at IS NULL"
            + " GROUP BY p.call_id, i.disposition_code")
        .setParameter(1, agentId)
        .getResultList();
    return WrapUpRule.awaitingDisposition(rows.stream().map(Object[].class::cast)
        .map(row -> new WrapUpRule.OpenWrapUp((UUID) row[0], (Boolean) row[1], (String) row[2])).toList());
  }

  private void change(UUID callId, Consumer<Interaction> change, Instant now) {
    InteractionEntity row = entityManager.find(InteractionEntity.class, callId);
    if (row == null) {
      return; // a call the ledger never saw (an outbound dial): nothing to log yet
    }
    Interaction interaction = row.toInteraction();
    change.accept(interaction);
    row.copyFrom(interaction, now);
  }

  private static boolean isId(String detail) {
    try {
      return detail != null && UUID.fromString(detail) != null;
    } catch (IllegalArgumentException notAnId) {
      return false;
    }
  }
}
