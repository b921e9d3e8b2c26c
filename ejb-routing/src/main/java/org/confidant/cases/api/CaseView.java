package org.confidant.cases.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonbPropertyOrder({"id", "version", "contactId", "subject", "status", "ownerAgentId", "team", "openedAt"})
public record CaseView(
    UUID id,
    long version,
    UUID contactId,
    String subject,
    CaseStatus status,
    UUID ownerAgentId,
    String team,
    OffsetDateTime openedAt) {}
