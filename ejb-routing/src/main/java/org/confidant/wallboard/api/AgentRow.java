package org.confidant.wallboard.api;

import java.time.Instant;
import java.util.UUID;

/** One logged-in agent on the wallboard: state, why not ready, since when, and the call they hold. */
public record AgentRow(UUID agentId, String displayName, String state, String reasonCode, Instant since,
    long secondsInState, UUID callId) {}
