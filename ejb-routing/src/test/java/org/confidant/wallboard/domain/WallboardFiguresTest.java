package org.confidant.wallboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.agents.domain.AgentState;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.Proficiency;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.RoutingStrategy;
import org.confidant.routing.domain.SkillRequirement;
import org.junit.jupiter.api.Test;

/** The wallboard's arithmetic against figures worked out by hand in each test. */
class WallboardFiguresTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final UUID SPANISH = UUID.randomUUID();
  private static final UUID BILLING = UUID.randomUUID();

  @Test
  void theLongestWaitIsFromTheFirstCallInLineToNow() {
    QueueLine line = QueueLine.of(List.of(NOW.minusSeconds(12), NOW.minusSeconds(95), NOW.minusSeconds(3)), NOW);

    assertThat(line.callsWaiting()).isEqualTo(3);
    assertThat(line.longestWait()).isEqualTo(Duration.ofSeconds(95));
  }

  @Test
  void anEmptyLineHasNoWaitAndAClockAheadOfOursWaitsZero() {
    assertThat(QueueLine.of(List.of(), NOW)).isEqualTo(QueueLine.EMPTY);
    assertThat(QueueLine.of(List.of(NOW.plusMillis(300)), NOW).longestWait()).isZero();
  }

  @Test
  void agentsAreCountedByStateAndLoggedOutAgentsAreNotOnTheFloor() {
    AgentsByState agents = AgentsByState.count(List.of(AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.ON_CALL,
        AgentState.WRAP_UP, AgentState.NOT_READY, AgentState.NOT_READY, AgentState.NOT_READY, AgentState.RESERVED,
        AgentState.LOGGED_OUT));

    assertThat(agents).isEqualTo(new AgentsByState(1, 1, 2, 1, 3));
    assertThat(agents.loggedIn()).isEqualTo(8);
  }

  @Test
  void serviceLevelIsAnsweredWithinTheThresholdOverAnswered() {
    // 17 of 20 answered within 20 s: 85 %; the 4 abandons are not in the denominator.
    ServiceLevel level = ServiceLevel.of(20, new TodayCounts(20, 17, 4));

    assertThat(level.percent()).hasValue(85.0);
    assertThat(level.label()).isEqualTo("answered within 20 s / answered");
  }

  @Test
  void serviceLevelIsRoundedToOneDecimalAndAbsentBeforeTheFirstAnswer() {
    assertThat(ServiceLevel.of(30, new TodayCounts(3, 2, 0)).percent()).hasValue(66.7); // 2/3 = 66.666…
    assertThat(ServiceLevel.of(30, new TodayCounts(7, 0, 0)).percent()).hasValue(0.0);
    assertThat(ServiceLevel.of(30, new TodayCounts(0, 0, 5)).percent()).isEmpty();
  }

  @Test
  void countsThatCannotBeAreRefused() {
    assertThatThrownBy(() -> new TodayCounts(2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TodayCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceLevel(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueueTileCountsTheAgentsAnyOfItsStepsAdmits() {
    // Spanish first, any billing agent after 60 s: Ana (Spanish) and Bo (billing) serve it, Cy (neither) does not.
    QueueDefinition queue = new QueueDefinition(UUID.randomUUID(), 0, RoutingStrategy.LONGEST_IDLE, List.of(
        EscalationStep.immediately(AgentTarget.requiring(SkillRequirement.of(SPANISH, 5))),
        new EscalationStep(Duration.ofSeconds(60), AgentTarget.requiring(SkillRequirement.of(BILLING, 1)))),
        OverflowRule.NEVER);
    Map<AgentProfile, AgentState> floor = new LinkedHashMap<>();
    floor.put(agent(SPANISH, 7), AgentState.ON_CALL);
    floor.put(agent(BILLING, 2), AgentState.AVAILABLE);
    floor.put(agent(UUID.randomUUID(), 9), AgentState.AVAILABLE);
    floor.put(agent(SPANISH, 3), AgentState.NOT_READY); // below the Spanish minimum and no billing skill

    QueueFigures figures = QueueFigures.of(queue, 20, List.of(NOW.minusSeconds(40), NOW.minusSeconds(10)), floor,
        new TodayCounts(8, 6, 2), NOW);

    assertThat(figures.line()).isEqualTo(new QueueLine(2, Duration.ofSeconds(40)));
    assertThat(figures.agents()).isEqualTo(new AgentsByState(1, 0, 1, 0, 0));
    assertThat(figures.serviceLevel().percent()).hasValue(75.0); // 6 / 8
    assertThat(figures.abandoned()).isEqualTo(2);
  }

  @Test
  void timeInStateIsNeverNegative() {
    assertThat(Elapsed.since(NOW.minusSeconds(125), NOW)).isEqualTo(Duration.ofSeconds(125));
    assertThat(Elapsed.since(NOW.plusSeconds(1), NOW)).isZero();
  }

  private static AgentProfile agent(UUID skill, int proficiency) {
    return new AgentProfile(UUID.randomUUID(), Map.of(skill, new Proficiency(proficiency)), Map.of());
  }
}
