package org.confidant.routing.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.SkillRequirement;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One escalation step of a queue. Steps have no version of their own: they are replaced with their queue, whose
 * version guards them.
 */
@Entity
@Table(name = "queue_step")
public class QueueStepEntity {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "queue_id")
  private QueueEntity queue;

  @Column(name = "after_seconds", nullable = false)
  private int afterSeconds;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private Map<String, String> attributes = new HashMap<>();

  /** Skill id → least proficiency. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "queue_step_skill", joinColumns = @JoinColumn(name = "step_id"))
  @MapKeyColumn(name = "skill_id")
  @Column(name = "min_proficiency", nullable = false)
  private Map<UUID, Short> skills = new HashMap<>();

  protected QueueStepEntity() {}

  QueueStepEntity(QueueEntity queue, EscalationStep step) {
    this.id = UUID.randomUUID();
    this.queue = queue;
    this.afterSeconds = (int) step.after().toSeconds();
    this.attributes = new HashMap<>(step.target().attributes());
    step.target().skills().forEach(
        requirement -> skills.put(requirement.skillId(), (short) requirement.minimum().level()));
  }

  EscalationStep toStep() {
    return new EscalationStep(Duration.ofSeconds(afterSeconds), new AgentTarget(
        skills.entrySet().stream().map(skill -> SkillRequirement.of(skill.getKey(), skill.getValue())).toList(),
        attributes));
  }
}
