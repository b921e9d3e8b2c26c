package org.confidant.subjects.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An erasure request: who asked, why and when; who approved and when it was carried out ({@code state}
 * {@code REQUESTED} or {@code CARRIED_OUT}); and, once carried out, how many records of each kind were erased and kept.
 */
public record ErasureView(UUID id, UUID contactId, String reason, String state, String requestedBy,
    Instant requestedAt, String approvedBy, Instant approvedAt, Map<String, Integer> erased,
    Map<String, Integer> kept) {}
