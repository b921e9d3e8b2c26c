package org.confidant.telephony.api;

/**
 * How a simulator run behaves. Durations are means in milliseconds of exponential distributions, so a run can be
 * as fast as a test needs or as slow as a demo wants. {@code calls} = 0 runs until stopped.
 */
public record SimulationSettings(
    long seed,
    int calls,
    double arrivalsPerSecond,
    int agents,
    long meanRingMillis,
    long meanTalkMillis,
    long meanPatienceMillis,
    long wrapUpMillis,
    double ivrShare,
    double holdShare,
    double noAnswerShare) {}
