package org.confidant.agents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.agents.domain.ReasonKind;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "reason_code")
public class ReasonCodeEntity extends VersionedEntity {

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 128)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReasonKind kind;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "built_in", nullable = false, updatable = false)
  private boolean builtIn;

  protected ReasonCodeEntity() {}

  public ReasonCodeEntity(UUID id) {
    super(id);
  }

  public void define(String newCode, String newLabel, ReasonKind newKind, boolean nowActive) {
    code = newCode;
    label = newLabel;
    kind = newKind;
    active = nowActive;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public ReasonKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }
}
