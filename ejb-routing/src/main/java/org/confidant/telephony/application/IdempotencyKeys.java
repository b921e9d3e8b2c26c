package org.confidant.telephony.application;

import static org.confidant.persistence.NativeValues.textOf;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.telephony.domain.Idempotency;

/**
 * The idempotency keys of posted requests, per caller, in the request's own transaction: a key is claimed by
 * inserting it, so a concurrent retry with the same key waits for the first to commit (or roll back) and then
 * sees its answer. A request that fails rolls its key back with it, so the client may simply retry.
 */
@Stateless
public class IdempotencyKeys {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  /** What a claim found: the decision and, for a replay, the stored answer. */
  public record Claim(Idempotency.Decision decision, String storedResponse) {}

  public Claim claim(String caller, String key, UUID connectorId, String requestSha256) {
    Instant now = clock.instant();
    int inserted = entityManager.createNativeQuery("INSERT INTO idempotency_key (caller, idempotency_key,"
            + " connector_id, request_sha256, created_at, expires_at)"
            + " VALUES (?1, ?2, CAST(NULLIF(?3, '') AS uuid), ?4, ?5, ?6) ON CONFLICT DO NOTHING")
        .setParameter(1, caller).setParameter(2, key).setParameter(3, textOf(connectorId))
        .setParameter(4, requestSha256).setParameter(5, now).setParameter(6, now.plus(Idempotency.RETENTION))
        .executeUpdate();
    if (inserted == 1) {
      return new Claim(Idempotency.Decision.APPLY, null);
    }
    Object[] prior = (Object[]) entityManager.createNativeQuery("SELECT request_sha256, response, expires_at"
            + " FROM idempotency_key WHERE caller = ?1 AND idempotency_key = ?2 FOR UPDATE")
        .setParameter(1, caller).setParameter(2, key)
        .getSingleResult();
    Idempotency.PriorUse use = new Idempotency.PriorUse((String) prior[0], toInstant(prior[2]));
    Idempotency.Decision decision = Idempotency.decide(use, requestSha256, now);
    if (decision == Idempotency.Decision.APPLY) {
      renew(caller, key, connectorId, requestSha256, now);
    }
    return new Claim(decision, (String) prior[1]);
  }

  /** Stores the answer to the request that claimed the key. */
  public void answer(String caller, String key, String response) {
    entityManager.createNativeQuery("UPDATE idempotency_key SET response = ?3 WHERE caller = ?1"
            + " AND idempotency_key = ?2")
        .setParameter(1, caller).setParameter(2, key).setParameter(3, response)
        .executeUpdate();
  }

  /** Forgets expired keys, every 10 minutes. */
  @Schedule(minute = "*/10", hour = "*", persistent = false, info = "forget expired idempotency keys")
  void forgetExpired() {
    int forgotten = entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at <= ?1")
        .setParameter(1, clock.instant())
        .executeUpdate();
    if (forgotten > 0) {
      LOG.fine(() -> "Forgot " + forgotten + " expired idempotency key(s)");
    }
  }

  /** An expired key used again: it starts over as if new. */
  private void renew(String caller, String key, UUID connectorId, String requestSha256, Instant now) {
    entityManager.createNativeQuery("UPDATE idempotency_key SET connector_id = CAST(NULLIF(?3, '') AS uuid),"
            + " request_sha256 = ?4, response = NULL, created_at = ?5, expires_at = ?6"
            + " WHERE caller = ?1 AND idempotency_key = ?2")
        .setParameter(1, caller).setParameter(2, key).setParameter(3, textOf(connectorId))
        .setParameter(4, requestSha256).setParameter(5, now).setParameter(6, now.plus(Idempotency.RETENTION))
        .executeUpdate();
  }


  private static Instant toInstant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
