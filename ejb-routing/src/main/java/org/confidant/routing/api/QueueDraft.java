package org.confidant.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A queue as a client creates or replaces it, whole: settings (with {@code dispositionRequired}: wrap-up ends only
 * once the call has a disposition; default false), escalation steps (the first at 0 s, each later one later and
 * wider) and overflow. Omitted numbers take the defaults of a new queue; an update carries the version
 * it loaded.
 */
public record QueueDraft(
    @NotBlank @Size(max = 64) String name,
    @Size(max = 255) String description,
    @Min(0) @Max(100) int priority,
    @NotNull @Pattern(regexp = "LONGEST_IDLE|MOST_SKILLED|ROUND_ROBIN|LEAST_OCCUPIED") String strategy,
    @Min(0) @Max(3600) Integer wrapUpSeconds,
    @Min(1) @Max(3600) Integer serviceLevelThresholdSeconds,
    Boolean dispositionRequired,
    @NotEmpty @Size(max = 10) List<@NotNull @Valid StepDraft> steps,
    @Valid OverflowDraft overflow,
    @NotNull(groups = Revision.class) Long version) {

  public static final int DEFAULT_WRAP_UP_SECONDS = 30;
  public static final int DEFAULT_SERVICE_LEVEL_SECONDS = 20;

  /** One escalation step; {@code skills} and {@code attributes} may be omitted (any agent). */
  public record StepDraft(
      @Min(0) @Max(86_400) int afterSeconds,
      @Size(max = 20) List<@NotNull @Valid SkillRequirementDraft> skills,
      @Size(max = 10) Map<@NotBlank @Size(max = 64) String, @NotBlank @Size(max = 128) String> attributes) {

    public List<SkillRequirementDraft> skillsOrNone() {
      return skills == null ? List.of() : skills;
    }

    public Map<String, String> attributesOrNone() {
      return attributes == null ? Map.of() : attributes;
    }
  }

  public record SkillRequirementDraft(@NotNull UUID skillId, @Min(1) @Max(10) int minProficiency) {}

  /** Overflow triggers (each optional) and the destination; QUEUE needs {@code queueId}. */
  public record OverflowDraft(
      @Min(1) @Max(86_400) Integer maxWaitSeconds,
      @Min(1) @Max(100_000) Integer maxQueueLength,
      boolean whenNoAgentLoggedIn,
      @NotNull @Pattern(regexp = "QUEUE|VOICEMAIL|CALLBACK") String destination,
      UUID queueId) {}
}
