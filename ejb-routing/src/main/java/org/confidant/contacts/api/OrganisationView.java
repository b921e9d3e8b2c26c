package org.confidant.contacts.api;

import java.util.UUID;

public record OrganisationView(UUID id, String name) {}
