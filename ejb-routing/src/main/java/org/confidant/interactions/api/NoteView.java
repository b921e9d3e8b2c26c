package org.confidant.interactions.api;

import java.time.Instant;
import java.util.UUID;

/** A note: who wrote it and when; {@code text} is null when the reader may not see it. */
public record NoteView(UUID id, String author, Instant writtenAt, String text) {}
