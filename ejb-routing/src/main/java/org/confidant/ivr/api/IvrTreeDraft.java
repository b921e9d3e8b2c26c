package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.confidant.routing.api.Revision;

/**
 * A tree as an admin sends it to be created or to replace the stored one; a replacement carries the version it
 * loaded (ignored on create), as every configuration item does.
 */
@JsonbPropertyOrder({"name", "version", "definition"})
public record IvrTreeDraft(
    @NotBlank @Size(max = 64) String name,
    @NotNull @Valid IvrDefinition definition,
    @NotNull(groups = Revision.class) Long version) {}
