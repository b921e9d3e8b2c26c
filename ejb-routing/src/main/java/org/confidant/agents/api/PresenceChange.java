package org.confidant.agents.api;

/**
 * What an agent or a supervisor asks for: {@code AVAILABLE}, {@code NOT_READY} (with a reason code) or
 * {@code LOGGED_OUT}. Asking a logged-out agent to be available or not ready logs them in.
 */
public record PresenceChange(String state, String reasonCode) {}
