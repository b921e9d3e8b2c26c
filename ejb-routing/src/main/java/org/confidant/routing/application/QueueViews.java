package org.confidant.routing.application;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.confidant.routing.api.QueueView;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.routing.infrastructure.QueueEntity;

/** A stored queue as the API shows it; skills named as well as identified. */
final class QueueViews {

  private QueueViews() {}

  static QueueView of(QueueEntity queue, Map<UUID, String> skillNames) {
    OverflowRule overflow = queue.overflow();
    return new QueueView(
        queue.getId(),
        queue.getName(),
        queue.getDescription(),
        queue.getPriority(),
        queue.getStrategy().name(),
        queue.getWrapUpSeconds(),
        queue.getServiceLevelThresholdSeconds(),
        queue.isDispositionRequired(),
        queue.toDefinition().steps().stream().map(step -> step(step, skillNames)).toList(),
        new QueueView.OverflowView(
            overflow.maxWait().map(wait -> (int) wait.toSeconds()).orElse(null),
            overflow.maxQueueLength().isPresent() ? overflow.maxQueueLength().getAsInt() : null,
            overflow.whenNoAgentLoggedIn(),
            overflow.to().kind().name(),
            overflow.to().queueId()),
        queue.getVersion());
  }

  private static QueueView.StepView step(EscalationStep step, Map<UUID, String> skillNames) {
    return new QueueView.StepView(
        (int) step.after().toSeconds(),
        step.target().skills().stream()
            .map(requirement -> requirement(requirement, skillNames))
            .sorted(Comparator.comparing(QueueView.SkillRequirementView::skill))
            .toList(),
        step.target().attributes());
  }

  private static QueueView.SkillRequirementView requirement(
      SkillRequirement requirement, Map<UUID, String> skillNames) {
    return new QueueView.SkillRequirementView(requirement.skillId(),
        skillNames.getOrDefault(requirement.skillId(), "?"), requirement.minimum().level());
  }
}
