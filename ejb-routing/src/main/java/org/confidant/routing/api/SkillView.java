package org.confidant.routing.api;

import java.util.UUID;

/** A skill as the API shows it. */
public record SkillView(UUID id, String name, String description, long version) {}
