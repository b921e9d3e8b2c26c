package org.confidant.screenpop.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.confidant.screenpop.api.ScreenPopView;

/**
 * One query each for what a pop needs besides the contacts' records: the routed call, the contacts' last
 * interactions, agents' names, an agent's live calls. Native SQL, by primary key or index, so a pop stays cheap.
 */
public final class PopQueries {

  private final EntityManager entityManager;

  public PopQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A call routing offered to or connected with an agent, as far as the desktop needs it. */
  public record RoutedCallRow(UUID callId, UUID queueId, String queueName, String routingStatus, UUID agentId,
      Instant offeredAt, Instant waitingSince, boolean callback, String callState, String callerNumber,
      boolean logged) {}

  public Optional<RoutedCallRow> routedCall(UUID callId) {
    List<?> rows = entityManager.createNativeQuery("SELECT r.call_id, r.queue_id, q.name, r.status, r.agent_id,"
            + " r.offered_at, r.waiting_since, r.callback_since IS NOT NULL, c.state,"
            + " coalesce(r.caller_number, (SELECT e.detail FROM call_event e WHERE e.call_id = r.call_id"
            + "   AND e.type = 'OFFERED' AND e.outcome = 'APPLIED' LIMIT 1)),"
            + " EXISTS (SELECT 1 FROM interaction i WHERE i.call_id = r.call_id)"
            + " FROM call_routing r JOIN queue q ON q.id = r.queue_id JOIN call c ON c.id = r.call_id"
            + " WHERE r.call_id = ?1")
        .setParameter(1, callId).getResultList();
    return rows.stream().map(Object[].class::cast).findFirst().map(row -> new RoutedCallRow(uuid(row[0]),
        uuid(row[1]), (String) row[2], (String) row[3], row[4] == null ? null : uuid(row[4]), instant(row[5]),
        instant(row[6]), (Boolean) row[7], (String) row[8], (String) row[9], (Boolean) row[10]));
  }

  /** The calls routing has offered to the agent or connected them with, oldest first. */
  public List<UUID> liveCallsOf(UUID agentId) {
    List<?> ids = entityManager.createNativeQuery("SELECT call_id FROM call_routing WHERE agent_id = ?1"
            + " AND status IN ('OFFERED', 'CONNECTED') ORDER BY offered_at")
        .setParameter(1, agentId).getResultList();
    return ids.stream().map(PopQueries::uuid).toList();
  }

  /** The contacts' last interactions (newest first, at most {@code limit}), this call left out. */
  public List<ScreenPopView.RecentInteraction> recentInteractions(Collection<UUID> contactIds, UUID callId,
      int limit) {
    if (contactIds.isEmpty()) {
      return List.of();
    }
    List<?> rows = entityManager.createNativeQuery("SELECT i.call_id, i.offered_at,"
            + " (SELECT q.name FROM interaction_queue iq JOIN queue q ON q.id = iq.queue_id"
            + "   WHERE iq.call_id = i.call_id ORDER BY iq.ordinal LIMIT 1),"
            + " (SELECT a.display_name FROM interaction_participant p JOIN agent a ON a.id = p.agent_id"
            + "   WHERE p.call_id = i.call_id ORDER BY p.answered_at IS NULL, p.ordinal DESC LIMIT 1),"
            + " i.disposition_code"
            + " FROM interaction i WHERE i.contact_id IN (:contacts) AND i.call_id <> :call"
            + " ORDER BY i.offered_at DESC LIMIT :limit")
        .setParameter("contacts", contactIds).setParameter("call", callId).setParameter("limit", limit)
        .getResultList();
    return rows.stream().map(Object[].class::cast).map(row -> new ScreenPopView.RecentInteraction(uuid(row[0]),
        instant(row[1]), (String) row[2], (String) row[3], (String) row[4])).toList();
  }

  /** Agents' display names by id (unknown ids are left out). */
  public Map<UUID, String> agentNames(Collection<UUID> agentIds) {
    Map<UUID, String> names = new HashMap<>();
    if (agentIds.isEmpty()) {
      return names;
    }
    List<?> rows = entityManager.createNativeQuery("SELECT id, display_name FROM agent WHERE id IN (:agents)")
        .setParameter("agents", agentIds).getResultList();
    rows.stream().map(Object[].class::cast).forEach(row -> names.put(uuid(row[0]), (String) row[1]));
    return names;
  }

  private static UUID uuid(Object column) {
    return column instanceof UUID id ? id : UUID.fromString(column.toString());
  }

  private static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    if (column instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return column instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
  }
}
