package org.confidant.routing.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A queue as the console and the API show it: its steps in order, its overflow, and the version to update it. */
public record QueueView(
    UUID id,
    String name,
    String description,
    int priority,
    String strategy,
    int wrapUpSeconds,
    int serviceLevelThresholdSeconds,
    boolean dispositionRequired,
    List<StepView> steps,
    OverflowView overflow,
    long version) {

  public QueueView {
    steps = List.copyOf(steps);
  }

  /** From {@code afterSeconds} of waiting on, agents with these skills (and attribute values) may take the call. */
  public record StepView(int afterSeconds, List<SkillRequirementView> skills, Map<String, String> attributes) {

    public StepView {
      skills = List.copyOf(skills);
      attributes = Map.copyOf(attributes);
    }
  }

  /** A skill the step asks for and the least proficiency (1-10) an agent must have. */
  public record SkillRequirementView(UUID skillId, String skill, int minProficiency) {}

  /**
   * When a call leaves the queue (waited {@code maxWaitSeconds}, {@code maxQueueLength} already waiting, or no
   * agent logged in) and where to: {@code QUEUE} (then {@code queueId}), {@code VOICEMAIL} or {@code CALLBACK}.
   */
  public record OverflowView(
      Integer maxWaitSeconds, Integer maxQueueLength, boolean whenNoAgentLoggedIn, String destination, UUID queueId) {}
}
