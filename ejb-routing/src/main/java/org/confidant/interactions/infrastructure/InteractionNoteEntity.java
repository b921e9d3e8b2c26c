package org.confidant.interactions.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note on an interaction: AEAD ciphertext under the interaction's notes key, never the text. */
@Entity
@Table(name = "interaction_note")
public class InteractionNoteEntity {

  @Id private UUID id;

  @Column(name = "call_id", nullable = false)
  private UUID callId;

  @Column(nullable = false)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false)
  private byte[] ciphertext;

  protected InteractionNoteEntity() {}

  public InteractionNoteEntity(UUID id, UUID callId, String author, Instant writtenAt, byte[] ciphertext) {
    this.id = id;
    this.callId = callId;
    this.author = author;
    this.writtenAt = writtenAt;
    this.ciphertext = ciphertext.clone();
  }

  public UUID id() {
    return id;
  }

  public String author() {
    return author;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public byte[] ciphertext() {
    return ciphertext.clone();
  }
}
