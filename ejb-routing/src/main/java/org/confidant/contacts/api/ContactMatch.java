package org.confidant.contacts.api;

import java.util.UUID;

/** A contact a search or a calling number found: its id and its name as the caller's role may see it. */
public record ContactMatch(UUID id, String name) {}
