package org.confidant.console.wallboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A burst of changes makes few pushes, and every change is followed by a push within the gap. */
class PushPacingTest {

  private static final long GAP = 250;

  @Test
  void aLoneChangeIsPushedAtOnce() {
    PushPacing pacing = new PushPacing(GAP);

    assertThat(pacing.changed(10_000)).hasValue(0);
  }

  @Test
  void aChangeSoonAfterAPushWaitsForTheRestOfTheGapAndLaterChangesRideAlong() {
    PushPacing pacing = new PushPacing(GAP);
    pacing.changed(10_000);
    pacing.pushing(10_000);

    assertThat(pacing.changed(10_100)).hasValue(150);
    assertThat(pacing.changed(10_200)).as("already due").isEmpty();
    pacing.pushing(10_250);
    assertThat(pacing.changed(10_251)).hasValue(249);
  }

  @Test
  void aBurstOfAHundredChangesInOneSecondMakesAtMostFivePushesEachWithinTheGapOfItsChange() {
    PushPacing pacing = new PushPacing(GAP);
    List<Long> pushes = new ArrayList<>();
    long due = Long.MAX_VALUE;
    long lastChange = 0;
    for (long now = 0; now <= 1_500; now++) {
      if (now >= due) {
        pacing.pushing(now);
        pushes.add(now);
        assertThat(now - lastChange).as("a change waited no longer than the gap").isLessThanOrEqualTo(GAP);
        due = Long.MAX_VALUE;
      }
      if (now < 1_000 && now % 10 == 0) {
        OptionalLong delay = pacing.changed(now);
        if (delay.isPresent()) {
          due = now + delay.getAsLong();
        }
        lastChange = now;
      }
    }

    assertThat(pushes).hasSizeLessThanOrEqualTo(5).last().satisfies(
        last -> assertThat(last).as("the last change was pushed").isGreaterThanOrEqualTo(990L));
    for (int i = 1; i < pushes.size(); i++) {
      assertThat(pushes.get(i) - pushes.get(i - 1)).isGreaterThanOrEqualTo(GAP);
    }
  }
}
