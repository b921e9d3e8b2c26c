package org.confidant.ivr.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.persistence.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ivr_tree")
public class IvrTreeEntity extends VersionedEntity {

  @Column(nullable = false, length = 64)
  private String name;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private String definition;

  protected IvrTreeEntity() {}

  public IvrTreeEntity(UUID id, String name, IvrDefinition definition) {
    super(id);
    change(name, definition);
  }

  public final void change(String newName, IvrDefinition newDefinition) {
    this.name = newName;
    this.definition = JsonDocuments.write(newDefinition);
  }

  public String getName() {
    return name;
  }

  public IvrDefinition getDefinition() {
    return JsonDocuments.read(definition, IvrDefinition.class);
  }
}
