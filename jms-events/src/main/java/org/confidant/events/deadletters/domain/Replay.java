package org.confidant.events.deadletters.domain;

/** A dead letter sent back: which one, and where it went. */
public record Replay(DeadLetter deadLetter, ReplayRoute route) {}
