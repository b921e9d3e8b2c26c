package org.confidant.cases.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonbPropertyOrder({"id", "contactId", "caseId", "author", "writtenAt", "text"})
public record NoteView(UUID id, UUID contactId, UUID caseId, String author, OffsetDateTime writtenAt, String text) {}
