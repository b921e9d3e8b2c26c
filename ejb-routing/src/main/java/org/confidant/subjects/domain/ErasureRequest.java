package org.confidant.subjects.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An erasure of a data subject's records: one person asks, with a reason; another approves, and the erasure is
 * carried out at that moment. As with releasing a legal hold, the one who asked can never approve.
 */
public record ErasureRequest(UUID id, UUID contactId, RequestReason reason, State state, String requestedBy,
    Instant requestedAt, String approvedBy, Instant approvedAt) {

  /** Where a request is in its life. */
  public enum State { REQUESTED, CARRIED_OUT }

  public ErasureRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  public static ErasureRequest request(UUID id, UUID contactId, RequestReason reason, String by, Instant at) {
    return new ErasureRequest(id, contactId, reason, State.REQUESTED, by, at, null, null);
  }

  public ErasureRequest approve(String by, Instant at) {
    if (state != State.REQUESTED) {
      throw new ErasureRuleViolation(ErasureRuleViolation.Rule.NOT_REQUESTED,
          "this erasure was carried out already (approved by " + approvedBy + ")");
    }
    if (by.equals(requestedBy)) {
      throw new ErasureRuleViolation(ErasureRuleViolation.Rule.SAME_PERSON,
          "an erasure must be approved by someone other than who requested it");
    }
    return new ErasureRequest(id, contactId, reason, State.CARRIED_OUT, requestedBy, requestedAt, by, at);
  }
}
