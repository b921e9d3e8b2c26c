package org.confidant.wallboard.api;

import java.util.UUID;

/**
 * One queue on the wallboard. Agents are counted in every queue they may serve (an agent in two queues shows in
 * both). {@code serviceLevelPercent} is null until a call was answered today; {@code serviceLevelLabel} names its
 * numerator and denominator, e.g. "answered within 20 s / answered".
 */
public record QueueTile(UUID queueId, String name, int callsWaiting, long longestWaitSeconds,
    int available, int reserved, int onCall, int wrapUp, int notReady,
    int serviceLevelThresholdSeconds, long answered, long answeredWithinThreshold, Double serviceLevelPercent,
    String serviceLevelLabel, long abandoned) {}
