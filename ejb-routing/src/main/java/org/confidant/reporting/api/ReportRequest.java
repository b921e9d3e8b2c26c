package org.confidant.reporting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A report over calls queued in [from, to): {@code interval} one of MINUTES_15, MINUTES_30, HOUR, DAY, WEEK, MONTH,
 * cut on the wall clock of {@code zone} (an IANA zone id; null: the site's zone); {@code denominator} ANSWERED_ONLY or
 * ANSWERED_PLUS_ABANDONED; {@code queueId} narrows to one queue when given. The caller validates the values.
 */
public record ReportRequest(Instant from, Instant to, String interval, String zone, int serviceLevelSeconds,
    int shortAbandonSeconds, String denominator, UUID queueId) {}
