package org.confidant.ivr.domain;

import java.util.List;
import java.util.Map;

/** A finished walk: the outcome, the path that led there, and the digits collected on the way by variable. */
public record IvrResult(IvrOutcome outcome, List<IvrStep> path, Map<String, String> variables) {

  public IvrResult {
    path = List.copyOf(path);
    variables = Map.copyOf(variables);
  }
}
