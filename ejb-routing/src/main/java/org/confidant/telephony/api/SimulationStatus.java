package org.confidant.telephony.api;

/**
 * A simulator run's progress and, once finished, its account: every call started must have ended (answered and
 * finished, abandoned, or overflowed), no agent may still hold a call, and the event counts must add up.
 */
public record SimulationStatus(
    String state,
    long callsStarted,
    long callsAnswered,
    long callsAbandoned,
    long callsOverflowed,
    long callsStillOpen,
    long agentsStillHoldingACall,
    long eventsPosted,
    long eventsRejected,
    long offersRefused,
    double routingDecisionP50Micros,
    double routingDecisionP99Micros,
    double elapsedSeconds) {}
