package org.confidant.api.retention;

import java.util.UUID;
import org.confidant.recordings.domain.RecordType;
import org.confidant.recordings.domain.RetentionPolicy;

/** A retention policy as the API shows it; {@code queueId} null is the default for every queue. */
public record RetentionPolicyView(UUID queueId, RecordType recordType, String retention) {

  static RetentionPolicyView of(RetentionPolicy policy) {
    return new RetentionPolicyView(policy.queueId(), policy.recordType(), policy.retention().toString());
  }
}
