package org.confidant.api.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is opened without routine access: a sentence an auditor can judge, without clinical details. */
public record BreakGlassRequest(@NotBlank @Size(min = 10, max = 500) String reason) {}
