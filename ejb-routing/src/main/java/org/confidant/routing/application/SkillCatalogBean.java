package org.confidant.routing.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.SkillCatalog;
import org.confidant.routing.api.SkillDraft;
import org.confidant.routing.api.SkillView;
import org.confidant.routing.infrastructure.SkillEntity;

@Stateless
public class SkillCatalogBean implements SkillCatalog {

  private static final String SKILL = "skill";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<SkillView> allSkills() {
    return entityManager.createQuery("select s from SkillEntity s order by lower(s.name)", SkillEntity.class)
        .getResultList().stream().map(SkillCatalogBean::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SkillView skill(UUID id) {
    return toView(found(entityManager, SkillEntity.class, id, SKILL));
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SkillView create(SkillDraft draft) {
    SkillEntity skill = new SkillEntity(UUID.randomUUID());
    describe(skill, draft);
    entityManager.persist(skill);
    return saved(skill, "skill.created");
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SkillView update(UUID id, SkillDraft draft) {
    SkillEntity skill = found(entityManager, SkillEntity.class, id, SKILL);
    ConfigurationEdits.requireVersion(entityManager, skill, draft.version(), "The skill");
    describe(skill, draft);
    return saved(skill, "skill.updated");
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(UUID id) {
    SkillEntity skill = found(entityManager, SkillEntity.class, id, SKILL);
    refuseWhileInUse(id);
    ConfigurationEdits.remove(entityManager, skill, SKILL);
    audit.record("skill.deleted", SKILL, id.toString(), AuditOutcome.SUCCESS);
  }

  private void describe(SkillEntity skill, SkillDraft draft) {
    String name = draft.name().strip();
    ConfigurationEdits.requireUnique(entityManager, "SkillEntity", "name", name, skill.getId(), SKILL);
    skill.describe(name, draft.description());
  }

  private SkillView saved(SkillEntity skill, String action) {
    ConfigurationEdits.save(entityManager, "The skill");
    audit.record(action, SKILL, skill.getId().toString(), AuditOutcome.SUCCESS);
    return toView(skill);
  }

  private void refuseWhileInUse(UUID id) {
    long steps = count("select count(*) from queue_step_skill where skill_id = ?1", id);
    long agents = count("select count(*) from agent_skill where skill_id = ?1", id);
    if (steps + agents > 0) {
      throw new ConfigurationConflict("The skill is still used: " + steps + " queue step(s) ask for it and "
          + agents + " agent(s) have it. Remove it there first.");
    }
  }

  private long count(String sql, UUID id) {
    return ((Number) entityManager.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }

  private static SkillView toView(SkillEntity skill) {
    return new SkillView(skill.getId(), skill.getName(), skill.getDescription(), skill.getVersion());
  }
}
