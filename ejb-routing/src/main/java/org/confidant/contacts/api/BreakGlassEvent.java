package org.confidant.contacts.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Someone opened a contact without routine access, on the reason they stated. */
public record BreakGlassEvent(long id, OffsetDateTime at, String actor, UUID contactId, String reason) {}
