package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A call flow as stored and exchanged: the start node, an optional emergency prompt, and the nodes. */
@JsonbPropertyOrder({"start", "emergencyPrompt", "nodes"})
public record IvrDefinition(
    @NotBlank @Size(max = 64) String start,
    @Valid PromptSpec emergencyPrompt,
    @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull IvrNodeSpec> nodes) {}
