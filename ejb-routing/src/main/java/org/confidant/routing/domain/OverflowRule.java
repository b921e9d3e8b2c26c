package org.confidant.routing.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a queue gives a call up to somewhere else: after waiting too long, when too many already wait, or when no
 * agent who could take it is logged in. Unset conditions never trigger.
 */
public record OverflowRule(
    Optional<Duration> maxWait, OptionalInt maxQueueLength, boolean whenNoAgentLoggedIn, OverflowDestination to) {

  public static final OverflowRule NEVER =
      new OverflowRule(Optional.empty(), OptionalInt.empty(), false, OverflowDestination.voicemail());

  public OverflowRule {
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(maxQueueLength, "maxQueueLength");
    Objects.requireNonNull(to, "to");
  }
}
