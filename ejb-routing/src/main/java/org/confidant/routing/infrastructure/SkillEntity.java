package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "skill")
public class SkillEntity extends VersionedEntity {

  @Column(nullable = false, length = 64)
  private String name;

  @Column(length = 255)
  private String description;

  public String getName() {
    return name;
  }
}
