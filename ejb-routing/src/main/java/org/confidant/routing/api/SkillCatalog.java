package org.confidant.routing.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/** The skills agents have and queues ask for. Names are unique (ignoring case). */
@Local
public interface SkillCatalog {

  /** Every skill, by name. */
  List<SkillView> allSkills();

  SkillView skill(UUID id);

  SkillView create(SkillDraft draft);

  /** Replaces name and description; refused with {@link StaleConfiguration} if the version moved on. */
  SkillView update(UUID id, SkillDraft draft);

  /** Refused with {@link ConfigurationConflict} while a queue step asks for the skill or an agent has it. */
  void delete(UUID id);
}
