package org.confidant.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.reporting.domain.CallHistory.Phase;
import org.confidant.reporting.domain.CallHistory.Step;
import org.junit.jupiter.api.Test;

class CallFactTest {

  private static final UUID CALL = UUID.randomUUID();
  private static final UUID QUEUE = UUID.randomUUID();
  private static final UUID AGENT = UUID.randomUUID();

  private static Instant at(String time) {
    return Instant.parse("2026-11-24T" + time + "Z");
  }

  @Test
  void anAnsweredCallWaitsFromItsQueueToTheAnswerAndTalksAroundItsHold() {
    CallHistory history = new CallHistory(CALL, at("09:00:00"), at("09:03:00"), false, "AGENT_HUNG_UP",
        List.of(new Phase("OFFERED", at("09:00:00")), new Phase("QUEUED", at("09:00:05")),
            new Phase("RINGING", at("09:00:15")), new Phase("CONNECTED", at("09:00:20")),
            new Phase("HELD", at("09:01:00")), new Phase("CONNECTED", at("09:01:30")),
            new Phase("ENDED", at("09:03:00"))),
        List.of(new Step("OFFERED", at("09:00:00"), null), new Step("QUEUED", at("09:00:05"), QUEUE.toString()),
            new Step("RINGING", at("09:00:15"), AGENT.toString()), new Step("ANSWERED", at("09:00:20"), null),
            new Step("HELD", at("09:01:00"), null), new Step("RESUMED", at("09:01:30"), null),
            new Step("ENDED", at("09:03:00"), "AGENT_HUNG_UP")),
        null, null);

    CallFact fact = CallFact.of(history);

    assertThat(fact.queueId()).as("named by the source's QUEUED event").isEqualTo(QUEUE);
    assertThat(fact.agentId()).as("named by the source's RINGING event").isEqualTo(AGENT);
    assertThat(fact.queuedAt()).isEqualTo(at("09:00:05"));
    // wait = 09:00:20 − 09:00:05 = 15 s
    assertThat(fact.waitMillis()).isEqualTo(15_000);
    // talk = (09:01:00 − 09:00:20 = 40 s) + (09:03:00 − 09:01:30 = 90 s) = 130 s; hold = 30 s
    assertThat(fact.talkMillis()).isEqualTo(130_000);
    assertThat(fact.holdMillis()).isEqualTo(30_000);
    assertThat(fact.wrapUpMillis()).isNull();
    assertThat(fact.abandoned()).isFalse();
  }

  @Test
  void anAbandonedCallWaitsUntilTheCallerLeftAndRoutingNamesQueueAndNoAgent() {
    UUID routedQueue = UUID.randomUUID();
    CallHistory history = new CallHistory(CALL, at("10:00:00"), at("10:00:47"), true, "CALLER_HUNG_UP",
        List.of(new Phase("OFFERED", at("10:00:00")), new Phase("QUEUED", at("10:00:02")),
            new Phase("ABANDONED", at("10:00:47"))),
        List.of(new Step("OFFERED", at("10:00:00"), null), new Step("QUEUED", at("10:00:02"), routedQueue.toString()),
            new Step("ENDED", at("10:00:47"), "CALLER_HUNG_UP")),
        routedQueue, AGENT);

    CallFact fact = CallFact.of(history);

    // wait = 10:00:47 − 10:00:02 = 45 s
    assertThat(fact.waitMillis()).isEqualTo(45_000);
    assertThat(fact.agentId()).as("nobody answered").isNull();
    assertThat(fact.queueId()).isEqualTo(routedQueue);
    assertThat(fact.abandoned()).isTrue();
    assertThat(fact.talkMillis()).isZero();
  }

  @Test
  void aTransferIsCountedAndACallbackRecognised() {
    CallHistory history = new CallHistory(CALL, at("11:00:00"), at("11:02:00"), false, "CALLBACK_SCHEDULED",
        List.of(new Phase("OFFERED", at("11:00:00")), new Phase("RINGING", at("11:00:01")),
            new Phase("CONNECTED", at("11:00:04")), new Phase("TRANSFERRED", at("11:01:00")),
            new Phase("ENDED", at("11:02:00"))),
        List.of(new Step("OFFERED", at("11:00:00"), null), new Step("RINGING", at("11:00:01"), "not-an-id"),
            new Step("ANSWERED", at("11:00:04"), null), new Step("TRANSFERRED", at("11:01:00"), null)),
        null, null);

    CallFact fact = CallFact.of(history);

    assertThat(fact.transfers()).isEqualTo(1);
    assertThat(fact.callback()).isTrue();
    assertThat(fact.queuedAt()).as("never queued: its offer").isEqualTo(at("11:00:00"));
    assertThat(fact.queueId()).isNull();
    assertThat(fact.agentId()).as("a detail that is no id names nobody").isNull();
    // wait = 11:00:04 − 11:00:00 = 4 s; talk = 11:01:00 − 11:00:04 = 56 s
    assertThat(fact.waitMillis()).isEqualTo(4_000);
    assertThat(fact.talkMillis()).isEqualTo(56_000);
  }
}
