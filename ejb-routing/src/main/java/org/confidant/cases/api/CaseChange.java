package org.confidant.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A case's new status, owner and team, based on the version the client loaded. */
public record CaseChange(
    @NotNull CaseStatus status,
    UUID ownerAgentId,
    @Size(max = 64) String team,
    @NotNull Long version) {}
