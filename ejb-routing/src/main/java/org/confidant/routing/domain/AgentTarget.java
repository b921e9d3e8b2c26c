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
}
