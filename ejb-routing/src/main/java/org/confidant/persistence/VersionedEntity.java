package org.confidant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row that supervisors and admins edit: a UUID key, an optimistic-lock version (concurrent edits fail instead
 * of overwriting each other) and the creation time the database stamps.
 */
@MappedSuperclass
public abstract class VersionedEntity {

  @Id private UUID id;

  @Version private long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected VersionedEntity() {}

  /** For rows whose id comes from outside (a call id chosen by the telephony source). */
  protected VersionedEntity(UUID id) {
    this.id = id;
  }

  public UUID getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** Stamped by the database: null on a new entity until it is refreshed after its insert. */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
