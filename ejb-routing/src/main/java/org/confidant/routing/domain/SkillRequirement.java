package org.confidant.routing.domain;

import java.util.Objects;
import java.util.UUID;

/** A skill an agent must have, at least at the given proficiency. */
public record SkillRequirement(UUID skillId, Proficiency minimum) {

  public SkillRequirement {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(minimum, "minimum");
  }

  public static SkillRequirement of(UUID skillId, int minimum) {
    return new SkillRequirement(skillId, new Proficiency(minimum));
  }

  boolean isMetBy(AgentProfile agent) {
    Proficiency proficiency = agent.skills().get(skillId);
    return proficiency != null && proficiency.meets(minimum);
  }
}
