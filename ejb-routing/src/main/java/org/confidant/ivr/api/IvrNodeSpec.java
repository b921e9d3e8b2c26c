package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * One node as JSON: an id, a kind, and the fields that kind uses (the others stay absent). Flat rather than one type
 * per kind so that the stored JSON, the API and the documentation share one simple shape; whether a node has what
 * its kind needs is checked with the whole tree, so that every problem is reported at once.
 */
@JsonbPropertyOrder({
    "id", "kind", "prompt", "options", "timeoutSeconds", "retries", "fallback", "minDigits", "maxDigits",
    "terminator", "variable", "next", "calendarId", "open", "closed", "queueId", "priorityBoost", "requiredSkillId",
    "mailbox"})
public record IvrNodeSpec(
    @NotBlank @Size(max = 64) String id,
    @NotNull NodeKind kind,
    @Valid PromptSpec prompt,
    @Size(max = 12) List<@Valid @NotNull MenuOptionSpec> options,
    Integer timeoutSeconds,
    Integer retries,
    @Size(max = 64) String fallback,
    Integer minDigits,
    Integer maxDigits,
    @Size(max = 1) String terminator,
    @Size(max = 32) String variable,
    @Size(max = 64) String next,
    UUID calendarId,
    @Size(max = 64) String open,
    @Size(max = 64) String closed,
    UUID queueId,
    Integer priorityBoost,
    UUID requiredSkillId,
    @Size(max = 64) String mailbox) {}
