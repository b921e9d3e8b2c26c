package org.confidant.cases.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A note is written once: a correction is a new note. */
@Entity
@Table(name = "contact_note")
public class NoteEntity {

  public static final String TABLE = "contact_note";

  @Id private UUID id;

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(nullable = false, length = 128)
  private String author;

  @Column(nullable = false)
  private byte[] body;

  @Column(name = "written_at", nullable = false, insertable = false, updatable = false)
  private OffsetDateTime writtenAt;

  protected NoteEntity() {}

  public NoteEntity(UUID id, UUID contactId, UUID caseId, String author, byte[] body) {
    this.id = id;
    this.contactId = contactId;
    this.caseId = caseId;
    this.author = author;
    this.body = body;
  }

  public UUID getId() {
    return id;
  }

  public UUID getContactId() {
    return contactId;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public String getAuthor() {
    return author;
  }

  public byte[] getBody() {
    return body;
  }

  public OffsetDateTime getWrittenAt() {
    return writtenAt;
  }
}
