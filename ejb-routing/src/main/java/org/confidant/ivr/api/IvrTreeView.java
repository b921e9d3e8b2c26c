package org.confidant.ivr.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.UUID;

/** A stored tree, its version (the optimistic lock) and the warnings its validation left (unreachable nodes). */
@JsonbPropertyOrder({"id", "name", "version", "definition", "warnings"})
public record IvrTreeView(
    UUID id, String name, long version, IvrDefinition definition, List<ConfigurationIssue> warnings) {

  public IvrTreeView {
    warnings = List.copyOf(warnings);
  }
}
