package org.confidant.reporting.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * What both recorders share: one agent's facts are written one transaction at a time (an advisory lock on the
 * agent), and the wrap-up that followed a call — the WRAP_UP entry right after the ON_CALL entry naming it, until
 * the next entry — is copied to the call's fact, whichever of the call's end and the wrap-up's end came in first.
 */
final class ReportFactsSql {

  private static final String WRAP_UP = "UPDATE report_call r SET wrap_up_ms = x.ms FROM ("
      + " SELECT s.prev_call, (extract(epoch FROM (s.until - s.since)) * 1000)::bigint AS ms FROM ("
      + "  SELECT state, since, lag(call_id) OVER w AS prev_call, lag(state) OVER w AS prev_state,"
      + "   lead(since) OVER w AS until FROM report_agent_state"
      + "  WHERE agent_id = ?1 AND since >= CAST(?2 AS timestamptz) - interval '1 day'"
      + "  WINDOW w AS (ORDER BY since, state)) s"
      + " WHERE s.state = 'WRAP_UP' AND s.prev_state = 'ON_CALL' AND s.until IS NOT NULL) x"
      + " WHERE r.call_id = x.prev_call AND r.wrap_up_ms IS DISTINCT FROM x.ms";

  private ReportFactsSql() {}

  static void lockAgent(EntityManager entityManager, UUID agent) {
    entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
        .setParameter(1, agent.getMostSignificantBits() ^ agent.getLeastSignificantBits())
        .getSingleResult();
  }

  /** Copies the agent's wrap-ups of the last day before {@code around} to their calls' facts. */
  static void copyWrapUps(EntityManager entityManager, UUID agent, Instant around) {
    entityManager.createNativeQuery(WRAP_UP).setParameter(1, agent).setParameter(2, around).executeUpdate();
  }
}
