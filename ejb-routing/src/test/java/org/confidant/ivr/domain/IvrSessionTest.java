package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrStep.What;
import org.junit.jupiter.api.Test;

class IvrSessionTest {

  /** A Monday, 10:00 in London: the clinic is open. */
  private static final Instant OPEN = Instant.parse("2026-11-23T10:00:00Z");
  /** A Saturday. */
  private static final Instant CLOSED = Instant.parse("2026-11-21T10:00:00Z");

  private final IvrTree tree = ClinicFlow.tree();

  @Test
  void theNursesKeyQueuesTheCallWithItsPriorityBoostAndRecordsThePath() {
    IvrResult result = IvrSession.run(tree, at(OPEN), List.of("2"));

    assertThat(result.outcome()).isEqualTo(new IvrOutcome.Queued(ClinicFlow.NURSE_LINE, 20, null));
    assertThat(result.path()).extracting(IvrStep::nodeId, IvrStep::what, IvrStep::detail).containsExactly(
        tuple("hours", What.OPEN, null),
        tuple("main", What.CHOSE, "2"),
        tuple("nurse", What.EXITED, null));
  }

  @Test
  void theSpanishKeyAsksForTheSkill() {
    assertThat(IvrSession.run(tree, at(OPEN), List.of("3")).outcome())
        .isEqualTo(new IvrOutcome.Queued(ClinicFlow.APPOINTMENTS, 0, ClinicFlow.SPANISH));
  }

  @Test
  void digitsAreCollectedIntoTheVariableUpToTheTerminatorButNeverWrittenToThePath() {
    IvrResult result = IvrSession.run(tree, at(OPEN), List.of("1", "123456#"));

    assertThat(result.variables()).containsExactly(Map.entry("patientNumber", "123456"));
    assertThat(result.path()).extracting(IvrStep::nodeId, IvrStep::what, IvrStep::detail)
        .contains(tuple("patient", What.COLLECTED, "patientNumber"))
        .noneMatch(step -> step.toList().contains("123456"));
    assertThat(result.outcome()).isEqualTo(new IvrOutcome.Queued(ClinicFlow.APPOINTMENTS, 0, null));
  }

  @Test
  void tooFewDigitsPromptAgainThenTheFallbackTakesOver() {
    IvrResult result = IvrSession.run(tree, at(OPEN), List.of("1", "12#", "12a456"));

    assertThat(result.path()).extracting(IvrStep::nodeId, IvrStep::what).containsSubsequence(
        tuple("patient", What.INVALID_INPUT), tuple("patient", What.INVALID_INPUT),
        tuple("patient", What.RETRIES_EXHAUSTED), tuple("appointments", What.EXITED));
    assertThat(result.variables()).isEmpty();
  }

  @Test
  void silenceAndWrongKeysRepromptUntilTheRetriesAreUsedUpThenTheFallbackTakesOver() {
    IvrResult result = IvrSession.run(tree, at(OPEN), List.of("", "7"));

    assertThat(result.path()).extracting(IvrStep::nodeId, IvrStep::what).containsExactly(
        tuple("hours", What.OPEN),
        tuple("main", What.NO_INPUT),
        tuple("main", What.INVALID_INPUT),
        tuple("main", What.NO_INPUT),
        tuple("main", What.RETRIES_EXHAUSTED),
        tuple("operator", What.PLAYED),
        tuple("appointments", What.EXITED));
  }

  @Test
  void aCallOutsideBusinessHoursGoesToVoicemail() {
    IvrResult result = IvrSession.run(tree, at(CLOSED), List.of());

    assertThat(result.outcome()).isEqualTo(new IvrOutcome.ToVoicemail("front-desk"));
    assertThat(result.path()).extracting(IvrStep::what).containsExactly(What.CLOSED, What.EXITED);
  }

  @Test
  void aCalendarTheContextDoesNotKnowCountsAsClosed() {
    IvrResult result = IvrSession.run(tree, new IvrContext(OPEN, false, Map.of()), List.of("2"));

    assertThat(result.outcome()).isInstanceOf(IvrOutcome.ToVoicemail.class);
  }

  @Test
  void theEmergencyPromptComesFirstOnlyWhileTheFlagIsSet() {
    IvrContext emergency = new IvrContext(OPEN, true, Map.of(ClinicFlow.CALENDAR, ClinicFlow.weekdays()));

    assertThat(IvrSession.run(tree, emergency, List.of("2")).path().get(0))
        .isEqualTo(IvrStep.of(IvrStep.EMERGENCY, What.EMERGENCY_MESSAGE));
    assertThat(IvrSession.run(tree, at(OPEN), List.of("2")).path().get(0).what()).isEqualTo(What.OPEN);
  }

  @Test
  void aConnectorDrivesTheSessionKeyByKey() {
    IvrSession session = IvrSession.start(tree, at(OPEN));
    assertThat(session.waitingAt()).map(IvrNode::id).contains("main");

    session.press("9");
    assertThat(session.waitingAt()).map(IvrNode::id).contains("main");
    session.press("0");

    assertThat(session.isFinished()).isTrue();
    assertThat(session.result().outcome()).isEqualTo(new IvrOutcome.HungUp(false));
    assertThatThrownBy(() -> session.press("1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFlowOnlyTheCallerCanLeaveIsCutOffAfterTheStepLimit() {
    IvrTree selfFallback = new IvrTree(UUID.randomUUID(), "Loop", "menu", null, List.of(
        new Menu("menu", Prompt.text("Press 1 to leave."), List.of(new MenuOption("1", "bye")), 5, 0, "menu"),
        new Hangup("bye", null)));

    IvrResult result = IvrSession.run(selfFallback, at(OPEN), List.of());

    assertThat(result.outcome()).isEqualTo(new IvrOutcome.HungUp(true));
    assertThat(result.path()).hasSizeLessThanOrEqualTo(2 * IvrSession.MAX_STEPS + 1);
    assertThat(result.path().get(result.path().size() - 1).what()).isEqualTo(What.STEP_LIMIT);
  }

  @Test
  void aTreeWithErrorsTakesNoCalls() {
    IvrTree broken = new IvrTree(UUID.randomUUID(), "Broken", "nowhere", null, List.of(new Hangup("bye", null)));

    assertThatThrownBy(() -> IvrSession.start(broken, at(OPEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the start node 'nowhere' is not a node of this tree");
  }

  private static IvrContext at(Instant now) {
    return new IvrContext(now, false, Map.of(ClinicFlow.CALENDAR, ClinicFlow.weekdays()));
  }
}
