package org.confidant.routing.api;

import jakarta.ejb.Local;
import java.util.UUID;

/**
 * Which skills an agent has, at what proficiency. A change takes effect in routing at the agent's next login (the
 * router has no way yet to re-profile a logged-in agent without losing their place).
 */
@Local
public interface AgentSkills {

  AgentSkillsView skillsOf(UUID agentId);

  /** Replaces the agent's skill set; refused with {@link StaleConfiguration} if the agent's version moved on. */
  AgentSkillsView replace(UUID agentId, AgentSkillsDraft draft);
}
