package org.confidant.routing.domain;

import java.util.List;
import java.util.Map;

/**
 * Which agents may take a call: every skill requirement met and every attribute condition equal. The empty
 * target admits any agent.
 */
public record AgentTarget(List<SkillRequirement> skills, Map<String, String> attributes) {

  public static final AgentTarget ANY_AGENT = new AgentTarget(List.of(), Map.of());

  public AgentTarget {
    skills = List.copyOf(skills);
    attributes = Map.copyOf(attributes);
  }

  public static AgentTarget requiring(SkillRequirement... requirements) {
    return new AgentTarget(List.of(requirements), Map.of());
  }

  public boolean admits(AgentProfile agent) {
    return skills.stream().allMatch(requirement -> requirement.isMetBy(agent))
        && attributes.entrySet().stream()
            .allMatch(condition -> condition.getValue().equals(agent.attributes().get(condition.getKey())));
  }

  /** How well the agent fits: the sum of their proficiencies in the target's skills (for most-skilled routing). */
  public int score(AgentProfile agent) {
    return skills.stream().mapToInt(requirement -> agent.proficiencyIn(requirement.skillId())).sum();
  }

  /**
   * True when every agent this target admits is admitted by {@code wider} too: each of its skill requirements is
   * asked here at the same or a higher minimum, and each of its attribute conditions is asked here as well.
   */
  public boolean isWithin(AgentTarget wider) {
    return wider.skills.stream().allMatch(requirement -> skills.stream().anyMatch(own ->
            own.skillId().equals(requirement.skillId()) && own.minimum().meets(requirement.minimum())))
        && attributes.entrySet().containsAll(wider.attributes.entrySet());
  }
}
