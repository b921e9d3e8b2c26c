package org.confidant.api.subjects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a person's records are exported or erased: a request reference an auditor can follow, never PHI. */
public record SubjectRequestReason(@NotBlank @Size(min = 10, max = 500) String reason) {}
