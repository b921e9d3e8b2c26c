package org.confidant.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PopLatencyTest {

  private final PopLatency latency = new PopLatency();

  @Test
  void aPopOfferedOnArrivalIsTimedFromItsQueuedEvent() {
    UUID call = UUID.randomUUID();
    latency.entered(call);
    latency.popSent(call, true);

    PopLatency.Figures figures = latency.figures();
    assertThat(figures.pops()).isEqualTo(1);
    assertThat(figures.p99Millis()).isGreaterThanOrEqualTo(0).isEqualTo(figures.maxMillis());
  }

  @Test
  void aCallThatWaitedInLineOrWasNeverStampedIsNotCounted() {
    UUID waited = UUID.randomUUID();
    latency.entered(waited);
    latency.popSent(waited, false);
    latency.popSent(UUID.randomUUID(), true);
    latency.popSent(waited, true); // the stamp went with the first offer

    assertThat(latency.figures().pops()).isZero();
  }

  @Test
  void resetStartsAfresh() {
    UUID call = UUID.randomUUID();
    latency.entered(call);
    latency.popSent(call, true);
    latency.reset();

    assertThat(latency.figures().pops()).isZero();
    assertThat(latency.figures().p50Millis()).isZero();
  }
}
