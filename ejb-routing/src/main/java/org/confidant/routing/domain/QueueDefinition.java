package org.confidant.routing.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A queue as routing sees it. Steps widen the target as the call waits: the first applies at once, each later
 * one after a longer wait. Higher priority queues are served first by agents who work several queues.
 */
public record QueueDefinition(
    UUID id, int priority, RoutingStrategy strategy, List<EscalationStep> steps, OverflowRule overflow) {

  public QueueDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(overflow, "overflow");
    steps = List.copyOf(steps);
    if (steps.isEmpty() || !steps.get(0).after().isZero()) {
      throw new IllegalArgumentException("a queue's first step applies at once (after 0 s)");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).after().compareTo(steps.get(i - 1).after()) <= 0) {
        throw new IllegalArgumentException("escalation steps must come later and later");
      }
    }
  }

  public static QueueDefinition simple(UUID id, int priority, RoutingStrategy strategy, AgentTarget target) {
    return new QueueDefinition(id, priority, strategy, List.of(EscalationStep.immediately(target)), OverflowRule.NEVER);
  }

  Duration stepStart(int level) {
    return steps.get(level).after();
  }
}
