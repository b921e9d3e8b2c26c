package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "skill")
public class SkillEntity {

  @Id private UUID id;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(length = 255)
  private String description;

  @Version private long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
