package org.confidant.routing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.confidant.identity.Roles;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueView;
import org.confidant.routing.infrastructure.QueueEntity;
import org.confidant.routing.infrastructure.QueueSkillEntity;

@Stateless
public class QueueDirectoryBean implements QueueDirectory {

  @PersistenceContext(unitName = "confidant")
  private EntityManager entityManager;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<QueueView> allQueues() {
    return entityManager
        .createQuery(
            "select distinct q from QueueEntity q left join fetch q.requiredSkills"
                + " order by q.priority desc, q.name",
            QueueEntity.class)
        .getResultList()
        .stream()
        .map(QueueDirectoryBean::toView)
        .toList();
  }

  private static QueueView toView(QueueEntity queue) {
    return new QueueView(
        queue.getId(),
        queue.getName(),
        queue.getDescription(),
        queue.getPriority(),
        queue.getStrategy().name(),
        queue.getWrapUpSeconds(),
        queue.getServiceLevelThresholdSeconds(),
        queue.getMaxWaitSeconds(),
        queue.getRequiredSkills().stream()
            .map(QueueDirectoryBean::toView)
            .sorted(Comparator.comparing(QueueView.SkillRequirementView::skill))
            .toList(),
        queue.getVersion());
  }

  private static QueueView.SkillRequirementView toView(QueueSkillEntity requirement) {
    return new QueueView.SkillRequirementView(
        requirement.getSkill().getName(), requirement.getMinProficiency());
  }
}
