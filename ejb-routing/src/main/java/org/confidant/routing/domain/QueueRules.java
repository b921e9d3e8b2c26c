package org.confidant.routing.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a queue's configuration must keep before routing takes it: at least one step, the first at once, each later
 * one later and wider than every earlier one (a step that admits nobody new would never change a call's fate), no
 * skill asked twice in a step, and overflow neither to the queue itself nor round a loop of queues.
 */
public final class QueueRules {

  private QueueRules() {}

  /**
   * The rules {@code steps} and {@code overflow} of queue {@code queueId} break. {@code overflowsElsewhere} maps
   * every other queue that overflows to a queue to that queue (this queue's own entry, if any, is ignored).
   */
  public static List<ConfigurationViolation> check(
      UUID queueId, List<EscalationStep> steps, OverflowRule overflow, Map<UUID, UUID> overflowsElsewhere) {
    List<ConfigurationViolation> violations = new ArrayList<>(checkSteps(steps));
    violations.addAll(checkOverflow(queueId, overflow, overflowsElsewhere));
    return violations;
  }

  /** The skills a list names more than once, reported against {@code field}. */
  public static List<ConfigurationViolation> repeatedSkills(String field, List<UUID> skillIds) {
    Set<UUID> seen = new HashSet<>();
    return skillIds.stream().filter(skill -> !seen.add(skill)).distinct()
        .map(skill -> new ConfigurationViolation(field, "names skill " + skill + " more than once"))
        .toList();
  }

  private static List<ConfigurationViolation> checkSteps(List<EscalationStep> steps) {
    List<ConfigurationViolation> violations = new ArrayList<>();
    if (steps.isEmpty()) {
      return List.of(new ConfigurationViolation("steps", "a queue needs at least one step"));
    }
    if (!steps.get(0).after().isZero()) {
      violations.add(new ConfigurationViolation("steps[0].afterSeconds", "the first step applies at once (0)"));
    }
    for (int i = 0; i < steps.size(); i++) {
      EscalationStep step = steps.get(i);
      violations.addAll(repeatedSkills("steps[" + i + "].skills",
          step.target().skills().stream().map(SkillRequirement::skillId).toList()));
      if (i > 0 && step.after().compareTo(steps.get(i - 1).after()) <= 0) {
        violations.add(new ConfigurationViolation("steps[" + i + "].afterSeconds",
            "must be later than the step before (steps come later and later)"));
      }
      if (narrowsOrRepeatsAnEarlierStep(steps, i)) {
        violations.add(new ConfigurationViolation("steps[" + i + "]",
            "admits no agent an earlier step does not already admit; a later step must widen the target"));
      }
    }
    return violations;
  }

  private static boolean narrowsOrRepeatsAnEarlierStep(List<EscalationStep> steps, int index) {
    AgentTarget target = steps.get(index).target();
    return steps.subList(0, index).stream().anyMatch(earlier -> target.isWithin(earlier.target()));
  }

  private static List<ConfigurationViolation> checkOverflow(
      UUID queueId, OverflowRule overflow, Map<UUID, UUID> overflowsElsewhere) {
    if (overflow.to().kind() != OverflowDestination.Kind.QUEUE) {
      return List.of();
    }
    UUID next = overflow.to().queueId();
    if (next.equals(queueId)) {
      return List.of(new ConfigurationViolation("overflow.queueId", "a queue cannot overflow to itself"));
    }
    Set<UUID> visited = new HashSet<>(Set.of(queueId));
    while (next != null && visited.add(next)) {
      next = overflowsElsewhere.get(next);
    }
    return next == null ? List.of() : List.of(new ConfigurationViolation("overflow.queueId",
        "overflowing there leads round a loop of queues" + (next.equals(queueId) ? " back to this one" : "")));
  }
}
