package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueueRulesTest {

  private static final UUID QUEUE = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();
  private static final UUID THIRD = UUID.randomUUID();
  private static final UUID CARDIOLOGY = UUID.randomUUID();
  private static final UUID SPANISH = UUID.randomUUID();

  @Test
  void aQueueWhoseStepsWidenAsTheCallWaitsIsAccepted() {
    List<EscalationStep> steps = List.of(
        step(0, target(SkillRequirement.of(CARDIOLOGY, 8))),
        step(30, target(SkillRequirement.of(CARDIOLOGY, 4))),
        step(90, AgentTarget.ANY_AGENT));

    assertThat(QueueRules.check(QUEUE, steps, OverflowRule.NEVER, Map.of())).isEmpty();
  }

  @Test
  void aQueueNeedsAtLeastOneStep() {
    assertThat(fields(QueueRules.check(QUEUE, List.of(), OverflowRule.NEVER, Map.of()))).containsExactly("steps");
  }

  @Test
  void theFirstStepAppliesAtOnce() {
    List<EscalationStep> steps = List.of(step(10, AgentTarget.ANY_AGENT));

    assertThat(fields(QueueRules.check(QUEUE, steps, OverflowRule.NEVER, Map.of())))
        .containsExactly("steps[0].afterSeconds");
  }

  @Test
  void stepsMustComeLaterAndLater() {
    List<EscalationStep> steps = List.of(
        step(0, target(SkillRequirement.of(CARDIOLOGY, 8))),
        step(60, target(SkillRequirement.of(CARDIOLOGY, 5))),
        step(60, target(SkillRequirement.of(CARDIOLOGY, 2))));

    assertThat(fields(QueueRules.check(QUEUE, steps, OverflowRule.NEVER, Map.of())))
        .containsExactly("steps[2].afterSeconds");
  }

  @Test
  void aLaterStepThatAdmitsNobodyNewIsRefused() {
    List<EscalationStep> steps = List.of(
        step(0, target(SkillRequirement.of(CARDIOLOGY, 4))),
        step(30, target(SkillRequirement.of(CARDIOLOGY, 6))),
        step(60, new AgentTarget(List.of(SkillRequirement.of(CARDIOLOGY, 4)), Map.of("site", "north"))));

    assertThat(fields(QueueRules.check(QUEUE, steps, OverflowRule.NEVER, Map.of())))
        .containsExactly("steps[1]", "steps[2]");
  }

  @Test
  void droppingAnAttributeConditionOrASkillWidens() {
    AgentTarget spanishCardiology = new AgentTarget(
        List.of(SkillRequirement.of(CARDIOLOGY, 5), SkillRequirement.of(SPANISH, 5)), Map.of("site", "north"));
    AgentTarget anySiteCardiology = target(SkillRequirement.of(CARDIOLOGY, 5));

    assertThat(spanishCardiology.isWithin(anySiteCardiology)).isTrue();
    assertThat(anySiteCardiology.isWithin(spanishCardiology)).isFalse();
    assertThat(anySiteCardiology.isWithin(AgentTarget.ANY_AGENT)).isTrue();
  }

  @Test
  void aStepMayNotAskForTheSameSkillTwice() {
    List<EscalationStep> steps = List.of(
        step(0, target(SkillRequirement.of(CARDIOLOGY, 8), SkillRequirement.of(CARDIOLOGY, 3))));

    assertThat(fields(QueueRules.check(QUEUE, steps, OverflowRule.NEVER, Map.of())))
        .containsExactly("steps[0].skills");
  }

  @Test
  void aQueueCannotOverflowToItself() {
    assertThat(QueueRules.check(QUEUE, anyAgent(), overflowTo(QUEUE), Map.of()))
        .extracting(ConfigurationViolation::message).containsExactly("a queue cannot overflow to itself");
  }

  @Test
  void anOverflowLoopThroughOtherQueuesIsRefused() {
    Map<UUID, UUID> elsewhere = Map.of(OTHER, THIRD, THIRD, QUEUE);

    assertThat(fields(QueueRules.check(QUEUE, anyAgent(), overflowTo(OTHER), elsewhere)))
        .containsExactly("overflow.queueId");
  }

  @Test
  void anOverflowChainThatEndsIsAccepted() {
    Map<UUID, UUID> elsewhere = Map.of(OTHER, THIRD, QUEUE, OTHER);

    assertThat(QueueRules.check(QUEUE, anyAgent(), overflowTo(OTHER), elsewhere)).isEmpty();
  }

  @Test
  void repeatedSkillsAreNamedOnce() {
    assertThat(QueueRules.repeatedSkills("skills", List.of(SPANISH, CARDIOLOGY, SPANISH, SPANISH)))
        .extracting(ConfigurationViolation::message).containsExactly("names skill " + SPANISH + " more than once");
  }

  private static List<EscalationStep> anyAgent() {
    return List.of(EscalationStep.immediately(AgentTarget.ANY_AGENT));
  }

  private static OverflowRule overflowTo(UUID queue) {
    return new OverflowRule(Optional.of(Duration.ofMinutes(5)), OptionalInt.empty(), false,
        OverflowDestination.queue(queue));
  }

  private static EscalationStep step(int afterSeconds, AgentTarget target) {
    return new EscalationStep(Duration.ofSeconds(afterSeconds), target);
  }

  private static AgentTarget target(SkillRequirement... requirements) {
    return AgentTarget.requiring(requirements);
  }

  private static List<String> fields(List<ConfigurationViolation> violations) {
    return violations.stream().map(ConfigurationViolation::field).toList();
  }
}
