package org.confidant.routing.domain;

import java.time.Duration;
import java.util.Objects;

/** From {@code after} of waiting on, a call may also go to the agents this step's target admits. */
public record EscalationStep(Duration after, AgentTarget target) {

  public EscalationStep {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(target, "target");
    if (after.isNegative()) {
      throw new IllegalArgumentException("an escalation step cannot start before the call arrives");
    }
  }

  public static EscalationStep immediately(AgentTarget target) {
    return new EscalationStep(Duration.ZERO, target);
  }
}
