package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "skill")
public class SkillEntity extends VersionedEntity {

  @Column(nullable = false, length = 64)
  private String name;

  @Column(length = 255)
  private String description;

  protected SkillEntity() {}

  public SkillEntity(UUID id) {
    super(id);
  }

  public void describe(String newName, String newDescription) {
    name = newName;
    description = newDescription;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
