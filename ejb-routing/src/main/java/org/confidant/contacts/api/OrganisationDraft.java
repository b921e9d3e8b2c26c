package org.confidant.contacts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organisation to register. */
public record OrganisationDraft(@NotBlank @Size(max = 128) String name) {}
