package org.confidant.reporting.api;

/** An interval's forecast and service level target (the caller validates the values). */
public record StaffingQuestion(int intervalSeconds, double calls, double averageHandleSeconds, double targetPercent,
    int targetSeconds) {}
