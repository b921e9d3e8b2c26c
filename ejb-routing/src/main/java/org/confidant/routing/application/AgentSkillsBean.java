package org.confidant.routing.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.agents.infrastructure.AgentSkillEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.api.AgentSkills;
import org.confidant.routing.api.AgentSkillsDraft;
import org.confidant.routing.api.AgentSkillsView;
import org.confidant.routing.domain.ConfigurationViolation;
import org.confidant.routing.domain.QueueRules;
import org.confidant.routing.infrastructure.SkillEntity;

/** An agent's skill set, replaced whole; a logged-in agent is routed by the new set at once. */
@Stateless
public class AgentSkillsBean implements AgentSkills {

  private static final String AGENT = "agent";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB CallRouting routing;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public AgentSkillsView skillsOf(UUID agentId) {
    return view(found(entityManager, AgentEntity.class, agentId, AGENT));
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public AgentSkillsView replace(UUID agentId, AgentSkillsDraft draft) {
    AgentEntity agent = found(entityManager, AgentEntity.class, agentId, AGENT);
    ConfigurationEdits.requireVersion(entityManager, agent, draft.version(), "The agent");
    List<SkillEntity> skills = skills(draft);
    entityManager.createQuery("delete from AgentSkillEntity s where s.key.agentId = :agent")
        .setParameter("agent", agentId).executeUpdate();
    for (int i = 0; i < skills.size(); i++) {
      entityManager.persist(new AgentSkillEntity(agent, skills.get(i), draft.skills().get(i).proficiency()));
    }
    ConfigurationEdits.save(entityManager, "The agent");
    audit.record("agent.skills.updated", AGENT, agentId.toString(), AuditOutcome.SUCCESS);
    routing.agentProfileChanged(agentId, Instant.now());
    return view(agent);
  }

  /** The draft's skills, in its order; refused whole if one is unknown or named twice. */
  private List<SkillEntity> skills(AgentSkillsDraft draft) {
    List<ConfigurationViolation> violations = new ArrayList<>(QueueRules.repeatedSkills("skills",
        draft.skills().stream().map(AgentSkillsDraft.AgentSkillDraft::skillId).toList()));
    List<SkillEntity> skills = new ArrayList<>();
    for (int i = 0; i < draft.skills().size(); i++) {
      SkillEntity skill = entityManager.find(SkillEntity.class, draft.skills().get(i).skillId());
      if (skill == null) {
        violations.add(new ConfigurationViolation("skills[" + i + "].skillId", "there is no such skill"));
      }
      skills.add(skill);
    }
    ConfigurationEdits.refuseIfAny(violations);
    return skills;
  }

  private AgentSkillsView view(AgentEntity agent) {
    List<AgentSkillsView.AgentSkillView> skills = entityManager.createQuery(
            "select s from AgentSkillEntity s where s.key.agentId = :agent", AgentSkillEntity.class)
        .setParameter("agent", agent.getId()).getResultStream()
        .map(skill -> new AgentSkillsView.AgentSkillView(
            skill.getSkill().getId(), skill.getSkill().getName(), skill.getProficiency()))
        .sorted(Comparator.comparing(AgentSkillsView.AgentSkillView::skill))
        .toList();
    return new AgentSkillsView(agent.getId(), agent.getUsername(), skills, agent.getVersion());
  }
}
