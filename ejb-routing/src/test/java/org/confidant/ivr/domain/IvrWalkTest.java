package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IvrWalkTest {

  /** A Monday, 10:00 in London: the clinic is open. */
  private static final Instant OPEN = Instant.parse("2026-11-23T10:00:00Z");
  /** A Saturday. */
  private static final Instant CLOSED = Instant.parse("2026-11-21T10:00:00Z");

  private final IvrTree tree = ClinicFlow.tree();

  @Test
  void aNewWalkWaitsAtTheFirstMenuWithItsPrompt() {
    IvrWalk walk = IvrWalk.replay(tree, at(OPEN, false), List.of());

    assertThat(walk.waitingAt()).map(IvrNode::id).contains("main");
    assertThat(walk.prompts()).containsExactly(
        Prompt.text("For appointments press 1, for the nurse press 2, en español 3."));
    assertThat(walk.outcome()).isEmpty();
  }

  @Test
  void theEmergencyPromptIsPlayedBeforeTheFirstMenuOnly() {
    IvrWalk walk = IvrWalk.replay(tree, at(OPEN, true), List.of());
    assertThat(walk.prompts()).hasSize(2).first()
        .isEqualTo(Prompt.text("Because of the storm, the clinic is closed today."));

    walk.enter("");
    assertThat(walk.prompts()).as("re-prompt after a timeout").hasSize(1);
  }

  @Test
  void replayingTheStoredEntriesGivesTheSameWalkAsEnteringThemOneByOne() {
    IvrWalk live = IvrWalk.replay(tree, at(OPEN, false), List.of());
    live.enter("1");
    live.enter("12345678#");

    IvrWalk replayed = IvrWalk.replay(tree, at(OPEN, false), live.entries());

    assertThat(replayed.path()).isEqualTo(live.path());
    assertThat(replayed.outcome()).isEqualTo(live.outcome())
        .contains(new IvrOutcome.Queued(ClinicFlow.APPOINTMENTS, 0, null));
  }

  @Test
  void collectedDigitsAreStoredAsZerosButMenuKeysAsPressed() {
    IvrWalk walk = IvrWalk.replay(tree, at(OPEN, false), List.of());
    walk.enter("1");
    walk.enter("987654#");

    assertThat(walk.entries()).containsExactly("1", "000000#");
    assertThat(walk.entries()).noneMatch(entry -> entry.contains("987654"));
  }

  @Test
  void aMessageBeforeARouteIsLeftToPlayAndTheExitsPromptComesWithIt() {
    IvrWalk toOperator = IvrWalk.replay(tree, at(OPEN, false), new ArrayList<>(List.of("", "", "")));
    assertThat(toOperator.outcome()).contains(new IvrOutcome.Queued(ClinicFlow.APPOINTMENTS, 0, null));
    assertThat(toOperator.prompts()).containsExactly(Prompt.text("Connecting you to reception."));

    IvrWalk closed = IvrWalk.replay(tree, at(CLOSED, false), List.of());
    assertThat(closed.outcome()).contains(new IvrOutcome.ToVoicemail("front-desk"));
    assertThat(closed.prompts()).containsExactly(Prompt.text("We are closed. Leave a message."));
  }

  @Test
  void keysAfterTheCallLeftTheIvrAreIgnored() {
    IvrWalk walk = IvrWalk.replay(tree, at(OPEN, false), List.of("2"));
    walk.enter("1");

    assertThat(walk.entries()).containsExactly("2");
    assertThat(walk.outcome()).contains(new IvrOutcome.Queued(ClinicFlow.NURSE_LINE, 20, null));
  }

  private static IvrContext at(Instant now, boolean emergency) {
    return new IvrContext(now, emergency, Map.of(ClinicFlow.CALENDAR, ClinicFlow.weekdays()));
  }
}
