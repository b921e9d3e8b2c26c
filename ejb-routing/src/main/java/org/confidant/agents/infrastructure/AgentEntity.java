package org.confidant.agents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.confidant.persistence.VersionedEntity;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.Proficiency;

@Entity
@Table(name = "agent")
public class AgentEntity extends VersionedEntity {

  @Column(nullable = false, length = 128)
  private String username;

  @Column(name = "display_name", nullable = false, length = 128)
  private String displayName;

  @Column(length = 32)
  private String extension;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private Map<String, Object> attributes;

  @Column(nullable = false)
  private boolean active;

  @OneToMany(mappedBy = "agent")
  private List<AgentSkillEntity> skills = new ArrayList<>();

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getExtension() {
    return extension;
  }

  public boolean isActive() {
    return active;
  }

  /** The agent as routing sees them: skills with proficiency, and the attributes that hold a single value. */
  public AgentProfile toProfile() {
    Map<UUID, Proficiency> proficiencies = new HashMap<>();
    skills.forEach(skill -> proficiencies.put(skill.getSkillId(), new Proficiency(skill.getProficiency())));
    Map<String, String> singleValued = new HashMap<>();
    attributes.forEach((name, value) -> {
      if (value instanceof String text) {
        singleValued.put(name, text);
      }
    });
    return new AgentProfile(getId(), proficiencies, singleValued);
  }
}
