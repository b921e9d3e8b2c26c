package org.confidant.subjects.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record Confidant holds about the person: its kind ({@code CONTACT}, {@code CASE}, {@code NOTE},
 * {@code INTERACTION}, {@code RECORDING}), id, when it was made, what it is linked to ({@code "case:<id>"},
 * {@code "call:<id>"}…), and whether an erasure now would erase it — if not, why ({@code LEGAL_HOLD},
 * {@code KEY_SHARED_WITH_HELD_RECORD}) and what keeps it (hold ids, or the held records that need its key).
 */
public record SubjectHolding(String kind, UUID id, Instant at, List<String> links, boolean erasable,
    String keptBecause, List<UUID> keptBy) {}
