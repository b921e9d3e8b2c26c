package org.confidant.reporting.api;

/** The fewest agents reaching the target, and what they give. */
public record StaffingAnswer(String model, int agents, double erlangs, double probabilityOfWaiting,
    double serviceLevelPercent, double averageSpeedOfAnswerSeconds, double occupancyPercent) {}
