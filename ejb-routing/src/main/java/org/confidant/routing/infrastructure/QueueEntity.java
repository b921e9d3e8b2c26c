package org.confidant.routing.infrastructure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowDestination;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.RoutingStrategy;

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

  @Column(name = "disposition_required", nullable = false)
  private boolean dispositionRequired;

  @Column(name = "max_wait_seconds")
  private Integer maxWaitSeconds;

  @Column(name = "max_queue_length")
  private Integer maxQueueLength;

  @Column(name = "overflow_when_no_agent", nullable = false)
  private boolean overflowWhenNoAgent;

  @Enumerated(EnumType.STRING)
  @Column(name = "overflow_destination", nullable = false, length = 16)
  private OverflowDestination.Kind overflowDestination = OverflowDestination.Kind.CALLBACK;

  @Column(name = "overflow_queue_id")
  private UUID overflowQueueId;

  @OneToMany(mappedBy = "queue", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("afterSeconds")
  private List<QueueStepEntity> steps = new ArrayList<>();

  protected QueueEntity() {}

  public QueueEntity(UUID id) {
    super(id);
  }

  /** The settings a supervisor edits; the queue's whole configuration apart from its steps and overflow. */
  public record Settings(String name, String description, int priority, RoutingStrategy strategy,
      int wrapUpSeconds, int serviceLevelThresholdSeconds, boolean dispositionRequired) {}

  public void configure(Settings settings, List<EscalationStep> newSteps, OverflowRule overflow) {
    name = settings.name();
    description = settings.description();
    priority = (short) settings.priority();
    strategy = settings.strategy();
    wrapUpSeconds = settings.wrapUpSeconds();
    serviceLevelThresholdSeconds = settings.serviceLevelThresholdSeconds();
    dispositionRequired = settings.dispositionRequired();
    // Replaced whole: the old rows go (orphan removal), new ones with new ids come; steps are small and few.
    steps.clear();
    newSteps.forEach(step -> steps.add(new QueueStepEntity(this, step)));
    maxWaitSeconds = overflow.maxWait().map(wait -> (int) wait.toSeconds()).orElse(null);
    maxQueueLength = overflow.maxQueueLength().isPresent() ? overflow.maxQueueLength().getAsInt() : null;
    overflowWhenNoAgent = overflow.whenNoAgentLoggedIn();
    overflowDestination = overflow.to().kind();
    overflowQueueId = overflow.to().queueId();
  }

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

  /** Whether the wrap-up of this queue's calls ends only once the call has a disposition. */
  public boolean isDispositionRequired() {
    return dispositionRequired;
  }

  public int getServiceLevelThresholdSeconds() {
    return serviceLevelThresholdSeconds;
  }

  public List<QueueStepEntity> getSteps() {
    return List.copyOf(steps);
  }

  public OverflowRule overflow() {
    return new OverflowRule(
        Optional.ofNullable(maxWaitSeconds).map(Duration::ofSeconds),
        maxQueueLength == null ? OptionalInt.empty() : OptionalInt.of(maxQueueLength),
        overflowWhenNoAgent,
        new OverflowDestination(overflowDestination, overflowQueueId));
  }

  /** The queue as the router needs it: its steps in order and its overflow rule. */
  public QueueDefinition toDefinition() {
    return new QueueDefinition(getId(), priority, strategy,
        steps.stream().map(QueueStepEntity::toStep).toList(), overflow());
  }
}
