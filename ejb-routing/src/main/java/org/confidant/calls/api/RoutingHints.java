package org.confidant.calls.api;

import java.util.List;
import java.util.UUID;

/**
 * What a phone system asks of Confidant's routing besides the queue, carried by a call event (validated at the
 * edge; every field optional). On QUEUED: a preferred agent (case owner, last agent) offered the call alone for
 * {@code preferenceTimeoutSeconds}, a priority raise (clinical urgency), skills the call itself needs, and the
 * caller's number to call back on. On ENDED: {@code callbackRequested} — the caller chose to hang up and be called
 * back, keeping their place in line.
 */
public record RoutingHints(
    UUID preferredAgentId,
    Integer preferenceTimeoutSeconds,
    Integer priority,
    List<RequiredSkill> requiredSkills,
    String callerNumber,
    Boolean callbackRequested) {

  public static final RoutingHints NONE = new RoutingHints(null, null, null, List.of(), null, null);

  public RoutingHints {
    requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
  }

  /** A skill the call needs, at least at {@code minimum} proficiency (1-10). */
  public record RequiredSkill(UUID skillId, int minimum) {}

  public int priorityBoost() {
    return priority == null ? 0 : priority;
  }

  public boolean wantsCallback() {
    return Boolean.TRUE.equals(callbackRequested);
  }

  public boolean asksNothing() {
    return equals(NONE);
  }
}
