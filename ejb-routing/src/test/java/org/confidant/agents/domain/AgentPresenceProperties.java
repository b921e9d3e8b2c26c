package org.confidant.agents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgentPresenceProperties {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

  enum Operation {
    LOG_IN, LOG_OUT, READY, NOT_READY, RESERVE, TIME_OUT, WITHDRAW, ANSWER, DIAL, END, WRAP_UP_OVER, DEVICE_LOST,
    RECONCILE_DEAD
  }

  @Property(tries = 1000)
  void anAgentHoldsACallExactlyWhenReservedOrOnCallAndAFailedOperationChangesNothing(
      @ForAll("operations") List<Operation> operations) {
    AgentPresence agent = new AgentPresence(UUID.randomUUID(), T0);
    Instant now = T0;
    for (Operation operation : operations) {
      now = now.plusSeconds(7);
      AgentState before = agent.state();
      var callBefore = agent.call();
      try {
        perform(agent, operation, now);
      } catch (IllegalAgentTransition refused) {
        assertThat(agent.state()).isEqualTo(before);
        assertThat(agent.call()).isEqualTo(callBefore);
      }
      assertThat(agent.call().isPresent()).as(agent.state() + " after " + operation)
          .isEqualTo(agent.state().holdsACall());
      assertThat(agent.reason().isPresent()).isEqualTo(agent.state() == AgentState.NOT_READY);
    }
  }

  @Provide
  Arbitrary<List<Operation>> operations() {
    return Arbitraries.of(Operation.class).list().ofMaxSize(40);
  }

  private static void perform(AgentPresence agent, Operation operation, Instant now) {
    UUID held = agent.call().orElse(UUID.randomUUID());
    switch (operation) {
      case LOG_IN -> agent.logIn(now);
      case LOG_OUT -> agent.logOut(now);
      case READY -> agent.ready(now);
      case NOT_READY -> agent.notReady(new ReasonCode("BREAK"), now);
      case RESERVE -> agent.reserve(UUID.randomUUID(), now);
      case TIME_OUT -> agent.offerTimedOut(held, now);
      case WITHDRAW -> agent.offerWithdrawn(held, now);
      case ANSWER -> agent.answered(held, now);
      case DIAL -> agent.dialled(UUID.randomUUID(), now);
      case END -> agent.callEnded(held, Duration.ofSeconds(10), now);
      case WRAP_UP_OVER -> agent.wrapUpElapsed(now);
      case DEVICE_LOST -> agent.deviceLost(now);
      case RECONCILE_DEAD -> agent.reconcile(false, now);
    }
  }
}
