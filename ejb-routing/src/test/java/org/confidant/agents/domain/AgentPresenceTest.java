package org.confidant.agents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private final AgentPresence agent = new AgentPresence(UUID.randomUUID(), T0);
  private final UUID call = UUID.randomUUID();

  @Test
  void aCallTakesTheAgentThroughReservedOnCallAndWrapUpBackToAvailable() {
    readyAgent();
    agent.reserve(call, at(10));
    agent.answered(call, at(15));
    agent.callEnded(call, Duration.ofSeconds(30), at(200));

    assertThat(agent.state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(agent.wrapUpElapsed(at(229))).isFalse();
    assertThat(agent.wrapUpElapsed(at(230))).isTrue();
    assertThat(agent.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(agent.call()).isEmpty();
  }

  @Test
  void anOfferThatRingsOutPutsTheAgentNotReadyWithRona() {
    readyAgent();
    agent.reserve(call, at(10));
    agent.offerTimedOut(call, at(25));

    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(agent.reason()).contains(ReasonCode.RONA);
  }

  @Test
  void notReadyDuringACallTakesEffectWhenTheCallWorkEnds() {
    readyAgent();
    agent.reserve(call, at(10));
    agent.answered(call, at(12));
    agent.notReady(new ReasonCode("BREAK"), at(30));
    assertThat(agent.state()).isEqualTo(AgentState.ON_CALL);

    agent.callEnded(call, Duration.ZERO, at(60));

    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(agent.reason()).contains(new ReasonCode("BREAK"));
  }

  @Test
  void aLostDeviceHandsBackAnOfferedCallAndMakesTheAgentNotReady() {
    readyAgent();
    agent.reserve(call, at(10));

    assertThat(agent.deviceLost(at(11))).contains(call);
    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(agent.reason()).contains(ReasonCode.DEVICE_UNREGISTERED);
  }

  @Test
  void reconciliationReleasesAnAgentWhoseCallTheTelephonyNoLongerHas() {
    readyAgent();
    agent.reserve(call, at(10));
    agent.answered(call, at(12));

    assertThat(agent.reconcile(true, at(20))).isEmpty();
    assertThat(agent.reconcile(false, at(20))).contains(call);
    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(agent.reason()).contains(ReasonCode.RECONCILED);
  }

  @Test
  void anAgentOnACallCannotBeReservedAgainOrLogOut() {
    readyAgent();
    agent.reserve(call, at(10));

    assertThatThrownBy(() -> agent.reserve(UUID.randomUUID(), at(11))).isInstanceOf(IllegalAgentTransition.class);
    assertThatThrownBy(() -> agent.logOut(at(11))).isInstanceOf(IllegalAgentTransition.class);
    assertThat(agent.call()).contains(call);
  }

  @Test
  void clickToCallFromNotReadyReturnsToTheSameReasonAfterwards() {
    agent.logIn(T0);
    agent.notReady(new ReasonCode("ADMIN"), at(1));
    agent.dialled(call, at(5));
    agent.callEnded(call, Duration.ZERO, at(50));

    assertThat(agent.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(agent.reason()).contains(new ReasonCode("ADMIN"));
  }

  private void readyAgent() {
    agent.logIn(T0);
    agent.ready(at(1));
  }

  private static Instant at(int second) {
    return T0.plusSeconds(second);
  }
}
