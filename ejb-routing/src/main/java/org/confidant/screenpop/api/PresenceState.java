package org.confidant.screenpop.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An agent's presence as their desktop shows it: state, reason code (when not ready) and since when. */
@JsonbPropertyOrder({"state", "reason", "since"})
public record PresenceState(String state, String reason, Instant since) {}
