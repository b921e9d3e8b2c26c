package org.confidant.routing.api;

import jakarta.ejb.Local;
import java.util.UUID;

/**
 * Which skills an agent has, at what proficiency. A change reaches routing at once, also for a logged-in agent (who
 * is listed anew, so an available agent's idle time starts again).
 */
@Local
public interface AgentSkills {

  AgentSkillsView skillsOf(UUID agentId);

  /** Replaces the agent's skill set; refused with {@link StaleConfiguration} if the agent's version moved on. */
  AgentSkillsView replace(UUID agentId, AgentSkillsDraft draft);
}
