package org.confidant.api.telephony;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.confidant.calls.api.RoutingHints;

/** What a telephony event asks of routing besides its queue (docs/cti-api.md, "Routing hints"); all optional. */
public record RoutingHintsRequest(
    UUID preferredAgentId,
    @Min(0) @Max(3600) Integer preferenceTimeoutSeconds,
    @Min(0) @Max(100) Integer priority,
    @Size(max = 10) List<@Valid @NotNull RequiredSkillRequest> requiredSkills,
    @Pattern(regexp = "\\+?[0-9]{2,20}", message = "digits only, optionally after a leading +") String callerNumber,
    Boolean callbackRequested) {

  /** A skill the call itself needs, at least at {@code minimum} (1-10). */
  public record RequiredSkillRequest(@NotNull UUID skillId, @NotNull @Min(1) @Max(10) Integer minimum) {}

  RoutingHints toHints() {
    List<RoutingHints.RequiredSkill> skills = requiredSkills == null ? List.of()
        : requiredSkills.stream().map(skill -> new RoutingHints.RequiredSkill(skill.skillId(), skill.minimum()))
            .toList();
    return new RoutingHints(preferredAgentId, preferenceTimeoutSeconds, priority, skills, callerNumber,
        callbackRequested);
  }
}
