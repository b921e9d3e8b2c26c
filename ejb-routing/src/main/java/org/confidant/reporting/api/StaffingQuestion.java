package org.confidant.reporting.api;

/**
 * An interval's forecast and service level target (the caller validates the values); the callers' mean patience
 * for Erlang A (null when unknown).
 */
public record StaffingQuestion(int intervalSeconds, double calls, double averageHandleSeconds, double targetPercent,
    int targetSeconds, Double averagePatienceSeconds) {}
