package org.confidant.routing.api;

import java.util.List;
import java.util.UUID;

/** An agent's skills with proficiency (1-10), and the agent's version to replace them. */
public record AgentSkillsView(UUID agentId, String username, List<AgentSkillView> skills, long version) {

  public AgentSkillsView {
    skills = List.copyOf(skills);
  }

  public record AgentSkillView(UUID skillId, String skill, int proficiency) {}
}
