package org.confidant.routing.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What routing knows of an agent: skills with proficiency, and attributes (language, site, licence…). */
public record AgentProfile(UUID id, Map<UUID, Proficiency> skills, Map<String, String> attributes) {

  public AgentProfile {
    Objects.requireNonNull(id, "id");
    skills = Map.copyOf(skills);
    attributes = Map.copyOf(attributes);
  }

  public int proficiencyIn(UUID skillId) {
    Proficiency proficiency = skills.get(skillId);
    return proficiency == null ? 0 : proficiency.level();
  }
}
