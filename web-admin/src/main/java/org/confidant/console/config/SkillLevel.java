package org.confidant.console.config;

import java.io.Serializable;
import java.util.UUID;

/**
 * A skill chosen on a page and a level: the least proficiency a queue step asks for, or the proficiency an agent
 * has (1-10; the API's constraints judge it).
 */
public class SkillLevel implements Serializable {

  private static final long serialVersionUID = 1L;

  private String skillId;
  private Integer level;

  SkillLevel(UUID skillId, Integer level) {
    this.skillId = skillId == null ? "" : skillId.toString();
    this.level = level;
  }

  /** The chosen skill, null when none was chosen (the draft's constraints say so). */
  UUID skill() {
    return uuidOrNull(skillId);
  }

  /** An empty level is below any allowed one, so the draft's constraints refuse it naming the field. */
  int levelOrZero() {
    return level == null ? 0 : level;
  }

  static UUID uuidOrNull(String text) {
    return text == null || text.isBlank() ? null : UUID.fromString(text);
  }

  public String getSkillId() {
    return skillId;
  }

  public void setSkillId(String skillId) {
    this.skillId = skillId;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }
}
