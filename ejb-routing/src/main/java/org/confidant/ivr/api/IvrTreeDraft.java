package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tree as an admin sends it to be created or to replace the stored one. */
@JsonbPropertyOrder({"name", "definition"})
public record IvrTreeDraft(@NotBlank @Size(max = 64) String name, @NotNull @Valid IvrDefinition definition) {}
