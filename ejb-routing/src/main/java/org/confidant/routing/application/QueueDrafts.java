package org.confidant.routing.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueDraft.OverflowDraft;
import org.confidant.routing.api.QueueDraft.StepDraft;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.ConfigurationViolation;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowDestination;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.QueueRules;
import org.confidant.routing.domain.RoutingStrategy;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.routing.infrastructure.QueueEntity;

/**
 * Turns a client's queue draft (already valid field by field) into routing's terms, collecting every rule it
 * breaks — unknown skills or overflow queue included — so the client hears of all of them at once.
 */
final class QueueDrafts {

  private final Set<UUID> knownSkills;
  private final Set<UUID> knownQueues;
  private final Map<UUID, UUID> overflows;
  private final List<ConfigurationViolation> violations = new ArrayList<>();

  /** {@code overflows}: every queue that overflows to another queue, with that queue. */
  QueueDrafts(Set<UUID> knownSkills, Set<UUID> knownQueues, Map<UUID, UUID> overflows) {
    this.knownSkills = knownSkills;
    this.knownQueues = knownQueues;
    this.overflows = overflows;
  }

  static QueueEntity.Settings settings(QueueDraft draft) {
    return new QueueEntity.Settings(draft.name().strip(), draft.description(), draft.priority(),
        RoutingStrategy.valueOf(draft.strategy()),
        Objects.requireNonNullElse(draft.wrapUpSeconds(), QueueDraft.DEFAULT_WRAP_UP_SECONDS),
        Objects.requireNonNullElse(draft.serviceLevelThresholdSeconds(), QueueDraft.DEFAULT_SERVICE_LEVEL_SECONDS),
        Boolean.TRUE.equals(draft.dispositionRequired()));
  }

  List<EscalationStep> steps(QueueDraft draft) {
    List<EscalationStep> steps = new ArrayList<>();
    for (int i = 0; i < draft.steps().size(); i++) {
      steps.add(step(draft.steps().get(i), "steps[" + i + "]"));
    }
    return steps;
  }

  OverflowRule overflow(OverflowDraft draft) {
    if (draft == null) {
      return OverflowRule.NEVER;
    }
    return new OverflowRule(
        Optional.ofNullable(draft.maxWaitSeconds()).map(Duration::ofSeconds),
        draft.maxQueueLength() == null ? OptionalInt.empty() : OptionalInt.of(draft.maxQueueLength()),
        draft.whenNoAgentLoggedIn(),
        destination(draft));
  }

  /** Every rule broken by the draft so far and by the queue's steps and overflow as a whole. */
  List<ConfigurationViolation> violations(UUID queueId, List<EscalationStep> steps, OverflowRule overflow) {
    List<ConfigurationViolation> all = new ArrayList<>(violations);
    all.addAll(QueueRules.check(queueId, steps, overflow, overflows));
    return all;
  }

  private EscalationStep step(StepDraft draft, String field) {
    List<SkillRequirement> skills = new ArrayList<>();
    for (int i = 0; i < draft.skillsOrNone().size(); i++) {
      QueueDraft.SkillRequirementDraft requirement = draft.skillsOrNone().get(i);
      if (!knownSkills.contains(requirement.skillId())) {
        violations.add(new ConfigurationViolation(field + ".skills[" + i + "].skillId", "there is no such skill"));
      }
      skills.add(SkillRequirement.of(requirement.skillId(), requirement.minProficiency()));
    }
    return new EscalationStep(Duration.ofSeconds(draft.afterSeconds()),
        new AgentTarget(skills, draft.attributesOrNone()));
  }

  private OverflowDestination destination(OverflowDraft draft) {
    OverflowDestination.Kind kind = OverflowDestination.Kind.valueOf(draft.destination());
    if (kind != OverflowDestination.Kind.QUEUE) {
      if (draft.queueId() != null) {
        violations.add(new ConfigurationViolation("overflow.queueId", "only a QUEUE destination names a queue"));
      }
      return new OverflowDestination(kind, null);
    }
    if (draft.queueId() == null) {
      violations.add(new ConfigurationViolation("overflow.queueId", "a QUEUE destination needs the queue's id"));
      return OverflowDestination.voicemail();
    }
    if (!knownQueues.contains(draft.queueId())) {
      violations.add(new ConfigurationViolation("overflow.queueId", "there is no such queue"));
    }
    return OverflowDestination.queue(draft.queueId());
  }
}
