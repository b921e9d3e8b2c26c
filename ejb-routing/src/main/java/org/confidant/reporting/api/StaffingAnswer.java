package org.confidant.reporting.api;

/**
 * The fewest agents reaching the target, and what they give; with Erlang A also the share of callers who hang up
 * (null with Erlang C, which assumes none do).
 */
public record StaffingAnswer(String model, int agents, double erlangs, double probabilityOfWaiting,
    double serviceLevelPercent, double averageSpeedOfAnswerSeconds, double occupancyPercent, Double abandonPercent) {}
