package org.confidant.interactions.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.interactions.api.DispositionCodeView;
import org.confidant.persistence.VersionedEntity;

/** A disposition code agents may give an interaction. */
@Entity
@Table(name = "disposition_code")
public class DispositionCodeEntity extends VersionedEntity {

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 128)
  private String label;

  @Column(nullable = false)
  private boolean active;

  protected DispositionCodeEntity() {}

  public DispositionCodeEntity(UUID id) {
    super(id);
  }

  public void define(String newCode, String newLabel, boolean isActive) {
    this.code = newCode;
    this.label = newLabel;
    this.active = isActive;
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }

  public DispositionCodeView toView() {
    return new DispositionCodeView(getId(), code, label, active, getVersion());
  }
}
