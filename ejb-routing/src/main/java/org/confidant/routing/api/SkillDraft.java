package org.confidant.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A skill as a client creates or replaces it; an update carries the version it loaded. */
public record SkillDraft(
    @NotBlank @Size(max = 64) String name,
    @Size(max = 255) String description,
    @NotNull(groups = Revision.class) Long version) {}
