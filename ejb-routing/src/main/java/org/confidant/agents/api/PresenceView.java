package org.confidant.agents.api;

import java.time.Instant;
import java.util.UUID;

/** An agent's presence as desktops and wallboards show it. */
public record PresenceView(UUID agentId, String username, String displayName, String state, String reasonCode,
    Instant since, UUID callId, Instant wrapUpUntil) {}
