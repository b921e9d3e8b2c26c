package org.confidant.reporting.domain;

/**
 * What a number of agents gives for a demand: the probability a call waits, the share answered within the target
 * time, the average speed of answer (over all calls), occupancy, and — with Erlang A — the share who abandon.
 */
public record StaffingForecast(String model, int agents, double erlangs, double probabilityOfWaiting,
    double serviceLevelPercent, double averageSpeedOfAnswerSeconds, double occupancyPercent,
    Double abandonPercent) {}
