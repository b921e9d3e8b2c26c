package org.confidant.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new case on a contact, owned by an agent or a team (or neither yet). It opens as OPEN. */
public record CaseDraft(
    @NotNull UUID contactId,
    @NotBlank @Size(max = 500) String subject,
    UUID ownerAgentId,
    @Size(max = 64) String team) {}
