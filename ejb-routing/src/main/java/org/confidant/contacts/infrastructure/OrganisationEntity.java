package org.confidant.contacts.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "organisation")
public class OrganisationEntity extends VersionedEntity {

  @Column(nullable = false, length = 128)
  private String name;

  protected OrganisationEntity() {}

  public OrganisationEntity(UUID id, String name) {
    super(id);
    this.name = name;
  }

  public String getName() {
    return name;
  }
}
