package org.confidant.api.retention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.confidant.recordings.domain.RecordType;
import org.confidant.recordings.domain.RetentionPolicy;

/**
 * A retention policy to set: for one queue ({@code queueId}) or, without one, the default of every queue; a record
 * type; an ISO-8601 period such as {@code P7Y}.
 */
public record RetentionPolicyRequest(
    UUID queueId,
    @NotNull RecordType recordType,
    @NotNull @Pattern(regexp = "P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?", message = "must be an ISO-8601 period such as P7Y")
    String retention) {

  RetentionPolicy toPolicy() {
    return new RetentionPolicy(queueId, recordType, RetentionPolicy.parsePeriod(retention));
  }
}
