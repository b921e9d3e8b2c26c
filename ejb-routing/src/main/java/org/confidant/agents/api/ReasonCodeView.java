package org.confidant.agents.api;

import java.util.UUID;

/**
 * A reason code as the API shows it. Built-in codes are the ones the server sets by itself (RONA, LOGGED_IN...):
 * only their label can change.
 */
public record ReasonCodeView(
    UUID id, String code, String label, String kind, boolean active, boolean builtIn, long version) {}
