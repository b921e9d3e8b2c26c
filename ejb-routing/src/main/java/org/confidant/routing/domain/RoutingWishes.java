package org.confidant.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the phone system (or the IVR) asked for one call besides its queue: a preferred agent until a time, skills
 * the call itself needs, and the number to call the caller back on. All optional; {@link #NONE} asks for nothing.
 */
public record RoutingWishes(
    Optional<UUID> preferredAgent, Optional<Instant> preferredUntil, List<SkillRequirement> required,
    Optional<String> callerNumber) {

  private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{2,20}");

  public static final RoutingWishes NONE =
      new RoutingWishes(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public RoutingWishes {
    required = List.copyOf(required);
    if (preferredAgent.isPresent() != preferredUntil.isPresent()) {
      throw new IllegalArgumentException("a preferred agent is preferred until a time, and only then");
    }
  }

  public RoutingWishes preferring(UUID agent, Instant until) {
    return new RoutingWishes(Optional.of(agent), Optional.of(until), required, callerNumber);
  }

  public RoutingWishes requiring(List<SkillRequirement> skills) {
    return new RoutingWishes(preferredAgent, preferredUntil, skills, callerNumber);
  }

  /** A caller id as the phone system reported it, if it is a number that can be dialled (not "anonymous"). */
  public static Optional<String> diallable(String callerId) {
    return Optional.ofNullable(callerId).filter(id -> DIALLABLE.matcher(id).matches());
  }

  public RoutingWishes reachableAt(String number) {
    return new RoutingWishes(preferredAgent, preferredUntil, required, Optional.ofNullable(number));
  }

  /** The preference is over (timed out, or its agent had their chance): the queue's own targets decide now. */
  RoutingWishes withoutPreference() {
    return new RoutingWishes(Optional.empty(), Optional.empty(), required, callerNumber);
  }

  /** The request as the router takes it at {@code now}: a preference lasts only what is left of it. */
  CallRequest applyTo(CallRequest request, Instant now) {
    CallRequest shaped = required.isEmpty() ? request
        : request.requiring(new AgentTarget(required, Map.of()));
    if (preferredAgent.isEmpty() || !preferredUntil.orElseThrow().isAfter(now)) {
      return shaped;
    }
    return shaped.preferring(preferredAgent.get(), Duration.between(now, preferredUntil.get()));
  }

  /** The skills as stored: {@code skillId:minimum} pairs, comma-separated; null for none. */
  public String requiredAsText() {
    return required.isEmpty() ? null : required.stream()
        .map(skill -> skill.skillId() + ":" + skill.minimum().level()).collect(Collectors.joining(","));
  }

  public static List<SkillRequirement> requiredFromText(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(pair -> pair.split(":"))
        .map(pair -> SkillRequirement.of(UUID.fromString(pair[0]), Integer.parseInt(pair[1]))).toList();
  }
}
