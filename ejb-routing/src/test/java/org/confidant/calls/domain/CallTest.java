package org.confidant.calls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.calls.domain.CallEvent.Type;
import org.junit.jupiter.api.Test;

class CallTest {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private final UUID id = UUID.randomUUID();
  private final Call call = Call.offered(CallEvent.of(id, 1, T0, Type.OFFERED));

  @Test
  void aFullCallRecordsEveryPhaseWithItsTime() {
    apply(2, 5, Type.IVR_STARTED);
    apply(3, 20, Type.QUEUED);
    apply(4, 50, Type.RINGING);
    apply(5, 56, Type.ANSWERED);
    apply(6, 100, Type.HELD);
    apply(7, 130, Type.RESUMED);
    assertThat(call.apply(CallEvent.ended(id, 8, at(400), EndCause.AGENT_HUNG_UP))).isEqualTo(Outcome.APPLIED);

    assertThat(call.state()).isEqualTo(CallState.ENDED);
    assertThat(call.endCause()).contains(EndCause.AGENT_HUNG_UP);
    assertThat(call.phases()).extracting(Call.Phase::state).containsExactly(CallState.OFFERED, CallState.IVR,
        CallState.QUEUED, CallState.RINGING, CallState.CONNECTED, CallState.HELD, CallState.CONNECTED, CallState.ENDED);
    assertThat(call.timeIn(CallState.QUEUED, at(999))).isEqualTo(Duration.ofSeconds(30));
    assertThat(call.timeIn(CallState.CONNECTED, at(999))).isEqualTo(Duration.ofSeconds(44 + 270));
    assertThat(call.timeIn(CallState.HELD, at(999))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aCallerWhoHangsUpBeforeAnAnswerAbandoned() {
    apply(2, 3, Type.QUEUED);
    call.apply(CallEvent.ended(id, 3, at(40), EndCause.CALLER_HUNG_UP));

    assertThat(call.state()).isEqualTo(CallState.ABANDONED);
  }

  @Test
  void aCallSentToVoicemailFromTheQueueEndedRatherThanAbandoned() {
    apply(2, 3, Type.QUEUED);
    call.apply(CallEvent.ended(id, 3, at(300), EndCause.VOICEMAIL));

    assertThat(call.state()).isEqualTo(CallState.ENDED);
  }

  @Test
  void anIllegalTransitionIsRejectedWithoutChangingTheCall() {
    assertThat(call.apply(CallEvent.of(id, 2, at(1), Type.HELD))).isEqualTo(Outcome.REJECTED);

    assertThat(call.state()).isEqualTo(CallState.OFFERED);
    assertThat(call.phases()).hasSize(1);
    assertThat(call.apply(CallEvent.of(id, 3, at(2), Type.QUEUED))).as("the next event still applies")
        .isEqualTo(Outcome.APPLIED);
  }

  @Test
  void aDuplicateEventIsANoOp() {
    apply(2, 3, Type.QUEUED);

    assertThat(call.apply(CallEvent.of(id, 2, at(3), Type.QUEUED))).isEqualTo(Outcome.DUPLICATE);
    assertThat(call.phases()).hasSize(2);
  }

  @Test
  void anEarlyEventWaitsForTheOneBeforeIt() {
    assertThat(call.apply(CallEvent.of(id, 3, at(9), Type.RINGING))).isEqualTo(Outcome.EARLY);
    assertThat(call.state()).isEqualTo(CallState.OFFERED);
  }

  @Test
  void eventsThatCameEarlyApplyInOrderOnceTheGapIsFilled() {
    CallEvent ringing = CallEvent.of(id, 3, at(9), Type.RINGING);
    CallEvent answered = CallEvent.of(id, 4, at(10), Type.ANSWERED);
    assertThat(call.apply(answered)).isEqualTo(Outcome.EARLY);
    assertThat(call.apply(ringing)).isEqualTo(Outcome.EARLY);

    apply(2, 8, Type.QUEUED);

    assertThat(List.of(call.apply(ringing), call.apply(answered))).containsExactly(Outcome.APPLIED, Outcome.APPLIED);
    assertThat(call.state()).isEqualTo(CallState.CONNECTED);
  }

  @Test
  void aGapGivenUpAsLostLetsTheCallMoveOn() {
    CallEvent queued = CallEvent.of(id, 3, at(9), Type.QUEUED);
    assertThat(call.apply(queued)).isEqualTo(Outcome.EARLY);

    assertThat(call.giveUpEventsBefore(3)).isEqualTo(1);

    assertThat(call.apply(queued)).isEqualTo(Outcome.APPLIED);
    assertThat(call.lostEvents()).isEqualTo(1);
    assertThat(call.state()).isEqualTo(CallState.QUEUED);
    assertThat(call.apply(CallEvent.of(id, 2, at(5), Type.IVR_STARTED))).as("too late").isEqualTo(Outcome.DUPLICATE);
  }

  @Test
  void aCallMustStartWithItsOffer() {
    assertThatThrownBy(() -> Call.offered(CallEvent.of(id, 2, T0, Type.OFFERED)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void apply(long sequence, int second, Type type) {
    assertThat(call.apply(CallEvent.of(id, sequence, at(second), type))).as(type.name()).isEqualTo(Outcome.APPLIED);
  }

  private static Instant at(int second) {
    return T0.plusSeconds(second);
  }
}
