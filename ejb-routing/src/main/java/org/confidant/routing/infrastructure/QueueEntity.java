package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.confidant.routing.domain.RoutingStrategy;
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

  public List<QueueSkillEntity> getRequiredSkills() {
    return requiredSkills;
  }
}
