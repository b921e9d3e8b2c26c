package org.confidant.cases.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.cases.api.CaseStatus;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "contact_case")
public class CaseEntity extends VersionedEntity {

  public static final String TABLE = "contact_case";

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Column(nullable = false)
  private byte[] subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseStatus status;

  @Column(name = "owner_agent_id")
  private UUID ownerAgentId;

  @Column(length = 64)
  private String team;

  protected CaseEntity() {}

  public CaseEntity(UUID id, UUID contactId, byte[] subject) {
    super(id);
    this.contactId = contactId;
    this.subject = subject;
    this.status = CaseStatus.OPEN;
  }

  public void assign(CaseStatus newStatus, UUID owner, String newTeam) {
    this.status = newStatus;
    this.ownerAgentId = owner;
    this.team = newTeam;
  }

  public UUID getContactId() {
    return contactId;
  }

  public byte[] getSubject() {
    return subject;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public UUID getOwnerAgentId() {
    return ownerAgentId;
  }

  public String getTeam() {
    return team;
  }
}
