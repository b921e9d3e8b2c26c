package org.confidant.telephony.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.CommandView;

/** A command in the outbox, with its delivery so far: PENDING, DELIVERED, or FAILED (dead-lettered). */
@Entity
@Table(name = "connector_command")
public class ConnectorCommandEntity extends OutboxDelivery {

  @Id private UUID id;

  @Column(name = "connector_id", nullable = false)
  private UUID connectorId;

  @Column(name = "call_id")
  private UUID callId;

  @Column(nullable = false, length = 32)
  private String type;

  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  protected ConnectorCommandEntity() {}

  public ConnectorCommandEntity(UUID id, UUID connectorId, UUID callId, CommandType type, String payload,
      Instant due) {
    super(due);
    this.id = id;
    this.connectorId = connectorId;
    this.callId = callId;
    this.type = type.name();
    this.payload = payload;
  }

  public UUID id() {
    return id;
  }

  public UUID connectorId() {
    return connectorId;
  }

  public String payload() {
    return payload;
  }

  public CommandView toView() {
    return new CommandView(id, connectorId, callId, CommandType.valueOf(type), status(), attempts(),
        nextAttemptAt(), lastError(), createdAt());
  }
}
