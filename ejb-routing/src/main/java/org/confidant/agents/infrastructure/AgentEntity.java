package org.confidant.agents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.confidant.persistence.VersionedEntity;

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
}
