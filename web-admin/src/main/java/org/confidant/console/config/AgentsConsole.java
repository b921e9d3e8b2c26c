package org.confidant.console.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.agents.api.AgentDesk;
import org.confidant.agents.api.PresenceView;
import org.confidant.api.RequestValidation;
import org.confidant.console.config.ConfigurationChanges.Outcome;
import org.confidant.routing.api.AgentSkills;
import org.confidant.routing.api.AgentSkillsDraft;
import org.confidant.routing.api.AgentSkillsView;
import org.confidant.routing.api.SkillCatalog;
import org.confidant.routing.api.SkillDraft;
import org.confidant.routing.api.SkillView;

/**
 * Backs console/config/agents.xhtml: the skill catalogue (create, delete) and each agent's skills with proficiency,
 * replaced whole through the same AgentSkills bean as {@code PUT /api/v1/agents/{id}/skills}, checked against the
 * agent's version as the editor loaded it. Routing uses a saved set at once, also for a logged-in agent.
 */
@Named
@ViewScoped
public class AgentsConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AgentDesk desk;

  @EJB AgentSkills agentSkills;

  @EJB SkillCatalog skillCatalog;

  @Inject transient Validator validator;

  private List<PresenceView> agents;
  private Map<UUID, String> skillsByAgent;
  private List<SkillView> skills;
  private AgentSkillsView editing;
  private final List<SkillLevel> rows = new ArrayList<>();
  private boolean stale;
  private String newSkillName;
  private String newSkillDescription;

  @PostConstruct
  void load() {
    agents = desk.floor();
    skills = skillCatalog.allSkills();
    skillsByAgent = new HashMap<>();
    agents.forEach(agent -> skillsByAgent.put(agent.agentId(), agentSkills.skillsOf(agent.agentId()).skills()
        .stream().map(skill -> skill.skill() + " " + skill.proficiency()).collect(Collectors.joining(", "))));
  }

  /** "appointments 8, spanish 9" as the list shows an agent's skills. */
  public String skillsText(PresenceView agent) {
    return skillsByAgent.getOrDefault(agent.agentId(), "");
  }

  /** Opens the agent's skills as stored now; a save is checked against this version. */
  public void edit(UUID agentId) {
    ConfigurationChanges.attempt(faces(), null, () -> open(agentSkills.skillsOf(agentId)));
  }

  public void reload() {
    edit(editing.agentId());
  }

  public void cancel() {
    editing = null;
    stale = false;
  }

  public void save() {
    AgentSkillsDraft draft = new AgentSkillsDraft(rows.stream()
        .map(row -> new AgentSkillsDraft.AgentSkillDraft(row.skill(), row.levelOrZero())).toList(),
        editing.version());
    Outcome outcome = ConfigurationChanges.attempt(faces(), "Skills of " + editing.username() + " saved.",
        () -> agentSkills.replace(editing.agentId(),
            RequestValidation.requireValidRevision(validator, draft, "skill set")));
    stale = outcome == Outcome.STALE;
    if (outcome.done()) {
      cancel();
    }
    if (outcome != Outcome.REFUSED) {
      load();
    }
  }

  public void addSkill() {
    rows.add(new SkillLevel(null, 5));
  }

  public void removeSkill(SkillLevel row) {
    rows.remove(row);
  }

  public void createSkill() {
    SkillDraft draft = new SkillDraft(newSkillName, newSkillDescription, null);
    if (ConfigurationChanges.attempt(faces(), "Skill '" + newSkillName + "' created.",
        () -> skillCatalog.create(RequestValidation.requireValidBody(validator, draft, "skill"))).done()) {
      newSkillName = null;
      newSkillDescription = null;
      load();
    }
  }

  /** Refused (and said why) while a queue step asks for the skill or an agent has it. */
  public void deleteSkill(SkillView skill) {
    if (ConfigurationChanges.attempt(faces(), "Skill '" + skill.name() + "' deleted.",
        () -> skillCatalog.delete(skill.id())).done()) {
      load();
    }
  }

  private void open(AgentSkillsView agent) {
    editing = agent;
    stale = false;
    rows.clear();
    agent.skills().forEach(skill -> rows.add(new SkillLevel(skill.skillId(), skill.proficiency())));
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  public List<PresenceView> getAgents() {
    return agents;
  }

  public List<SkillView> getSkills() {
    return skills;
  }

  public AgentSkillsView getEditing() {
    return editing;
  }

  public List<SkillLevel> getRows() {
    return rows;
  }

  public boolean isStale() {
    return stale;
  }

  public String getNewSkillName() {
    return newSkillName;
  }

  public void setNewSkillName(String newSkillName) {
    this.newSkillName = newSkillName;
  }

  public String getNewSkillDescription() {
    return newSkillDescription;
  }

  public void setNewSkillDescription(String newSkillDescription) {
    this.newSkillDescription = newSkillDescription;
  }
}
