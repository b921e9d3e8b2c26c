package org.confidant.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A note on a contact, or on one of its cases when {@code caseId} is given. */
public record NoteDraft(@NotBlank @Size(max = 4000) String text, UUID caseId) {}
