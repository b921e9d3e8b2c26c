package org.confidant.interactions.api;

import java.util.UUID;

/** The contact and case an interaction is about (plain ids; null unlinks). */
public record InteractionLinks(UUID contactId, UUID caseId) {}
