package org.confidant.ivr.api;

import java.util.List;
import java.util.UUID;

/** A stored tree, its version (the optimistic lock) and the warnings its validation left (unreachable nodes). */
public record IvrTreeView(
    UUID id, String name, long version, IvrDefinition definition, List<ConfigurationIssue> warnings) {

  public IvrTreeView {
    warnings = List.copyOf(warnings);
  }
}
