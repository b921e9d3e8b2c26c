package org.confidant.reporting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One interval of one queue or agent ({@code groupId} null: calls without a queue). Averages, shares and
 * occupancy are null when there is nothing to divide by; occupancy is only in agent reports.
 */
public record ReportRow(Instant intervalStart, UUID groupId, String groupName, long offered, long answered,
    long abandoned, long shortAbandoned, Double averageSpeedOfAnswerSeconds, Double averageHandleTimeSeconds,
    Double serviceLevelPercent, Double abandonRatePercent, Double occupancyPercent, long transfers, long callbacks) {}
