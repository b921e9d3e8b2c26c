package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowDestination;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.RoutingStrategy;
import org.confidant.routing.domain.SkillRequirement;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "queue")
public class QueueEntity extends VersionedEntity {

  @Column(nullable = false, length = 64)
  private String name;

  @Column(length = 255)
  private String description;

  @Column(nullable = false)
  private short priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RoutingStrategy strategy;

  @Column(name = "wrap_up_seconds", nullable = false)
  private int wrapUpSeconds;

  @Column(name = "service_level_threshold_seconds", nullable = false)
  private int serviceLevelThresholdSeconds;

  @Column(name = "max_wait_seconds")
  private Integer maxWaitSeconds;

  @OneToMany(mappedBy = "queue")
  private List<QueueSkillEntity> requiredSkills = new ArrayList<>();

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getPriority() {
    return priority;
  }

  public RoutingStrategy getStrategy() {
    return strategy;
  }

  public int getWrapUpSeconds() {
    return wrapUpSeconds;
  }

  public int getServiceLevelThresholdSeconds() {
    return serviceLevelThresholdSeconds;
  }

  public Integer getMaxWaitSeconds() {
    return maxWaitSeconds;
  }

  /** The queue as the router needs it: one step targeting its required skills; max wait overflows to a callback. */
  public QueueDefinition toDefinition() {
    AgentTarget target = new AgentTarget(requiredSkills.stream()
        .map(required -> SkillRequirement.of(required.getSkill().getId(), required.getMinProficiency()))
        .toList(), Map.of());
    OverflowRule overflow = maxWaitSeconds == null ? OverflowRule.NEVER : new OverflowRule(
        Optional.of(Duration.ofSeconds(maxWaitSeconds)), OptionalInt.empty(), false, OverflowDestination.callback());
    return new QueueDefinition(getId(), priority, strategy, List.of(EscalationStep.immediately(target)), overflow);
  }

  public List<QueueSkillEntity> getRequiredSkills() {
    return requiredSkills;
  }
}
