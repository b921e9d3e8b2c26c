package org.confidant.ivr.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A call flow: its nodes, the node a call starts at and an optional emergency prompt, played before anything else
 * while the site's emergency flag is set (a closure, a storm, a system outage). The tree is independent of the
 * version it is stored under.
 */
public record IvrTree(UUID id, String name, String start, Prompt emergencyPrompt, List<IvrNode> nodes) {

  public IvrTree {
    Objects.requireNonNull(id, "id");
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
  }

  public Optional<Prompt> emergency() {
    return Optional.ofNullable(emergencyPrompt);
  }

  /** The nodes by id; of two nodes with one id (an error of the draft), the first. */
  public Map<String, IvrNode> nodesById() {
    Map<String, IvrNode> byId = new LinkedHashMap<>();
    nodes.forEach(node -> byId.putIfAbsent(node.id(), node));
    return byId;
  }
}
