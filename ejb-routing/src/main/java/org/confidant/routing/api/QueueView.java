package org.confidant.routing.api;

import java.util.List;
import java.util.UUID;

/** A queue as the console and the API show it. */
public record QueueView(
    UUID id,
    String name,
    String description,
    int priority,
    String strategy,
    int wrapUpSeconds,
    int serviceLevelThresholdSeconds,
    Integer maxWaitSeconds,
    List<SkillRequirementView> requiredSkills,
    long version) {

  public QueueView {
    requiredSkills = List.copyOf(requiredSkills);
  }

  /** A skill the queue's calls need and the least proficiency (1-10) an agent must have. */
  public record SkillRequirementView(String skill, int minProficiency) {}
}
