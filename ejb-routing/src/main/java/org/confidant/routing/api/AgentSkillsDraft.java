package org.confidant.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The whole skill set an agent should have from now on (an empty list removes every skill). */
public record AgentSkillsDraft(
    @NotNull @Size(max = 100) List<@NotNull @Valid AgentSkillDraft> skills,
    @NotNull(groups = Revision.class) Long version) {

  public record AgentSkillDraft(@NotNull UUID skillId, @Min(1) @Max(10) int proficiency) {}
}
