package org.confidant.interactions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note to add to an interaction (PHI: stored encrypted, never logged). */
public record NoteDraft(@NotBlank @Size(max = 4000) String text) {}
