package org.confidant.console.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueView;

/**
 * The queue editor's fields as a page binds them (text, numbers that may be empty), turned into the API's
 * {@link QueueDraft} unchecked: the draft's own constraints and the directory's rules decide what is valid.
 */
public class QueueForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID id;
  private Long version;
  private String name;
  private String description;
  private Integer priority = 0;
  private String strategy = "LONGEST_IDLE";
  private Integer wrapUpSeconds = QueueDraft.DEFAULT_WRAP_UP_SECONDS;
  private boolean dispositionRequired;
  private Integer serviceLevelThresholdSeconds = QueueDraft.DEFAULT_SERVICE_LEVEL_SECONDS;
  private final List<StepForm> steps = new ArrayList<>();
  /** Empty for no overflow; else QUEUE, VOICEMAIL or CALLBACK. */
  private String overflowDestination = "";
  private String overflowQueueId = "";
  private Integer overflowMaxWaitSeconds;
  private Integer overflowMaxQueueLength;
  private boolean overflowWhenNoAgentLoggedIn;

  /** A new queue: one step from the first second, without skills until the supervisor adds some. */
  public static QueueForm blank() {
    QueueForm form = new QueueForm();
    form.addStep();
    return form;
  }

  public static QueueForm of(QueueView queue) {
    QueueForm form = new QueueForm();
    form.id = queue.id();
    form.version = queue.version();
    form.name = queue.name();
    form.description = queue.description();
    form.priority = queue.priority();
    form.strategy = queue.strategy();
    form.wrapUpSeconds = queue.wrapUpSeconds();
    form.dispositionRequired = queue.dispositionRequired();
    form.serviceLevelThresholdSeconds = queue.serviceLevelThresholdSeconds();
    queue.steps().forEach(step -> form.steps.add(StepForm.of(step)));
    QueueView.OverflowView overflow = queue.overflow();
    if (QueueSummary.overflows(overflow)) {
      form.overflowDestination = overflow.destination();
      form.overflowQueueId = overflow.queueId() == null ? "" : overflow.queueId().toString();
      form.overflowMaxWaitSeconds = overflow.maxWaitSeconds();
      form.overflowMaxQueueLength = overflow.maxQueueLength();
      form.overflowWhenNoAgentLoggedIn = overflow.whenNoAgentLoggedIn();
    }
    return form;
  }

  public QueueDraft toDraft() {
    return new QueueDraft(name, blankToNull(description), priority == null ? 0 : priority, strategy, wrapUpSeconds,
        serviceLevelThresholdSeconds, dispositionRequired, steps.stream().map(StepForm::toDraft).toList(), overflowDraft(), version);
  }

  private QueueDraft.OverflowDraft overflowDraft() {
    if (overflowDestination == null || overflowDestination.isEmpty()) {
      return null;
    }
    return new QueueDraft.OverflowDraft(overflowMaxWaitSeconds, overflowMaxQueueLength, overflowWhenNoAgentLoggedIn,
        overflowDestination, SkillLevel.uuidOrNull(overflowQueueId));
  }

  public boolean isNew() {
    return id == null;
  }

  /** A later step starts a minute after the last one (the supervisor changes it). */
  public void addStep() {
    int after = steps.isEmpty() ? 0 : nullToZero(steps.get(steps.size() - 1).getAfterSeconds()) + 60;
    steps.add(new StepForm(after));
  }

  public void removeStep(StepForm step) {
    steps.remove(step);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static int nullToZero(Integer number) {
    return number == null ? 0 : number;
  }

  /** One escalation step: from {@code afterSeconds} on, agents with these skills (and attribute values). */
  public static class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer afterSeconds;
    private final List<SkillLevel> skills = new ArrayList<>();
    /** {@code key=value} pairs, separated by commas, e.g. {@code site=north, language=es}. */
    private String attributes = "";

    StepForm(Integer afterSeconds) {
      this.afterSeconds = afterSeconds;
    }

    static StepForm of(QueueView.StepView step) {
      StepForm form = new StepForm(step.afterSeconds());
      step.skills().forEach(skill -> form.skills.add(new SkillLevel(skill.skillId(), skill.minProficiency())));
      form.attributes = step.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
      return form;
    }

    QueueDraft.StepDraft toDraft() {
      return new QueueDraft.StepDraft(afterSeconds == null ? 0 : afterSeconds,
          skills.stream().map(skill -> new QueueDraft.SkillRequirementDraft(skill.skill(), skill.levelOrZero())).toList(),
          attributeMap());
    }

    /** A pair without "=" keeps an empty value, which the draft's constraints refuse with the step named. */
    private Map<String, String> attributeMap() {
      Map<String, String> map = new LinkedHashMap<>();
      for (String pair : (attributes == null ? "" : attributes).split(",")) {
        if (!pair.isBlank()) {
          int equals = pair.indexOf('=');
          map.put((equals < 0 ? pair : pair.substring(0, equals)).strip(),
              equals < 0 ? "" : pair.substring(equals + 1).strip());
        }
      }
      return map;
    }

    public void addSkill() {
      skills.add(new SkillLevel(null, 1));
    }

    public void removeSkill(SkillLevel row) {
      skills.remove(row);
    }

    public Integer getAfterSeconds() {
      return afterSeconds;
    }

    public void setAfterSeconds(Integer afterSeconds) {
      this.afterSeconds = afterSeconds;
    }

    public List<SkillLevel> getSkills() {
      return skills;
    }

    public String getAttributes() {
      return attributes;
    }

    public void setAttributes(String attributes) {
      this.attributes = attributes;
    }
  }

  public UUID getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  public boolean isDispositionRequired() {
    return dispositionRequired;
  }

  public void setDispositionRequired(boolean dispositionRequired) {
    this.dispositionRequired = dispositionRequired;
  }

  public Integer getWrapUpSeconds() {
    return wrapUpSeconds;
  }

  public void setWrapUpSeconds(Integer wrapUpSeconds) {
    this.wrapUpSeconds = wrapUpSeconds;
  }

  public Integer getServiceLevelThresholdSeconds() {
    return serviceLevelThresholdSeconds;
  }

  public void setServiceLevelThresholdSeconds(Integer serviceLevelThresholdSeconds) {
    this.serviceLevelThresholdSeconds = serviceLevelThresholdSeconds;
  }

  public List<StepForm> getSteps() {
    return steps;
  }

  public String getOverflowDestination() {
    return overflowDestination;
  }

  public void setOverflowDestination(String overflowDestination) {
    this.overflowDestination = overflowDestination;
  }

  public String getOverflowQueueId() {
    return overflowQueueId;
  }

  public void setOverflowQueueId(String overflowQueueId) {
    this.overflowQueueId = overflowQueueId;
  }

  public Integer getOverflowMaxWaitSeconds() {
    return overflowMaxWaitSeconds;
  }

  public void setOverflowMaxWaitSeconds(Integer overflowMaxWaitSeconds) {
    this.overflowMaxWaitSeconds = overflowMaxWaitSeconds;
  }

  public Integer getOverflowMaxQueueLength() {
    return overflowMaxQueueLength;
  }

  public void setOverflowMaxQueueLength(Integer overflowMaxQueueLength) {
    this.overflowMaxQueueLength = overflowMaxQueueLength;
  }

  public boolean isOverflowWhenNoAgentLoggedIn() {
    return overflowWhenNoAgentLoggedIn;
  }

  public void setOverflowWhenNoAgentLoggedIn(boolean overflowWhenNoAgentLoggedIn) {
    this.overflowWhenNoAgentLoggedIn = overflowWhenNoAgentLoggedIn;
  }
}
