package org.confidant.subjects.application;

import java.util.Map;
import org.confidant.subjects.api.ErasureView;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.infrastructure.ErasureEntity;

/** Erasure requests as clients see them. */
final class Erasures {

  private Erasures() {}

  static ErasureView view(ErasureEntity row) {
    ErasureRequest request = row.toRequest();
    Map<String, Map<String, Integer>> counts = row.report() == null ? Map.of() : ErasureReports.counts(row.report());
    return new ErasureView(request.id(), request.contactId(), request.reason().text(), request.state().name(),
        request.requestedBy(), request.requestedAt(), request.approvedBy(), request.approvedAt(),
        counts.getOrDefault("erased", Map.of()), counts.getOrDefault("kept", Map.of()));
  }
}
