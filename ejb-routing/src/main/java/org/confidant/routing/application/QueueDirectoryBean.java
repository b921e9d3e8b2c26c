package org.confidant.routing.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueView;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.infrastructure.QueueEntity;
import org.confidant.routing.infrastructure.SkillEntity;

@Stateless
public class QueueDirectoryBean implements QueueDirectory {

  private static final String QUEUE = "queue";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB RoutingEngine engine;

  @EJB CallRouting routing;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<QueueView> allQueues() {
    Map<UUID, String> skills = skillNames();
    return entityManager
        .createQuery("select distinct q from QueueEntity q left join fetch q.steps"
            + " order by q.priority desc, q.name", QueueEntity.class)
        .getResultList().stream().map(queue -> QueueViews.of(queue, skills)).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public QueueView queue(UUID id) {
    return QueueViews.of(found(entityManager, QueueEntity.class, id, QUEUE), skillNames());
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public QueueView create(QueueDraft draft) {
    QueueEntity queue = new QueueEntity(UUID.randomUUID());
    configure(queue, draft);
    entityManager.persist(queue);
    return saved(queue, "queue.created");
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public QueueView update(UUID id, QueueDraft draft) {
    QueueEntity queue = found(entityManager, QueueEntity.class, id, QUEUE);
    ConfigurationEdits.requireVersion(entityManager, queue, draft.version(), "The queue");
    configure(queue, draft);
    return saved(queue, "queue.updated");
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(UUID id) {
    QueueEntity queue = found(entityManager, QueueEntity.class, id, QUEUE);
    List<String> overflowingHere = entityManager.createQuery(
            "select q.name from QueueEntity q where q.overflowQueueId = :id order by q.name", String.class)
        .setParameter("id", id).getResultList();
    if (!overflowingHere.isEmpty()) {
      throw new ConfigurationConflict("Queue(s) " + String.join(", ", overflowingHere)
          + " overflow to this queue; change their overflow first.");
    }
    if (routing.hasCallsInLine(id)) {
      throw new ConfigurationConflict("Calls are waiting in this queue; delete it once they are served.");
    }
    ConfigurationEdits.remove(entityManager, queue, QUEUE);
    audit.record("queue.deleted", QUEUE, id.toString(), AuditOutcome.SUCCESS);
    engine.retireQueue(id);
  }

  private void configure(QueueEntity queue, QueueDraft draft) {
    QueueEntity.Settings settings = QueueDrafts.settings(draft);
    ConfigurationEdits.requireUnique(entityManager, "QueueEntity", "name", settings.name(), queue.getId(), QUEUE);
    QueueDrafts drafts = new QueueDrafts(skillNames().keySet(), new HashSet<>(entityManager.createQuery(
        "select q.id from QueueEntity q", UUID.class).getResultList()), overflowsToQueues());
    List<EscalationStep> steps = drafts.steps(draft);
    OverflowRule overflow = drafts.overflow(draft.overflow());
    ConfigurationEdits.refuseIfAny(drafts.violations(queue.getId(), steps, overflow));
    queue.configure(settings, steps, overflow);
  }

  /**
   * Audited, and given to the live router in the same transaction: what the router decides with the new definition
   * is stored with the change, and if the transaction rolls back the router is rebuilt from the database.
   */
  private QueueView saved(QueueEntity queue, String action) {
    ConfigurationEdits.save(entityManager, "The queue");
    audit.record(action, QUEUE, queue.getId().toString(), AuditOutcome.SUCCESS);
    routing.queueConfigured(queue.toDefinition(), Instant.now());
    return QueueViews.of(queue, skillNames());
  }

  private Map<UUID, UUID> overflowsToQueues() {
    return entityManager.createQuery("select q.id, q.overflowQueueId from QueueEntity q"
            + " where q.overflowQueueId is not null", Object[].class)
        .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (UUID) row[1]));
  }

  private Map<UUID, String> skillNames() {
    return entityManager.createQuery("select s from SkillEntity s", SkillEntity.class).getResultStream()
        .collect(Collectors.toMap(SkillEntity::getId, SkillEntity::getName));
  }
}
