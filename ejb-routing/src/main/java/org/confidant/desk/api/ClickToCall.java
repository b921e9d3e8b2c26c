package org.confidant.desk.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Click-to-call a contact's phone, named by the contact and the phone's place in its list (0 first): the number is
 * looked up on the server, so the page never holds a number it may not see. {@code caseId}, when the call is made
 * from a case, is audited with it.
 */
public record ClickToCall(@NotNull UUID contactId, @Min(0) @Max(9) int phone, UUID caseId) {}
