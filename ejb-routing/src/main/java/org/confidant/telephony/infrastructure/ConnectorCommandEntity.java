package org.confidant.telephony.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.CommandView;
import org.confidant.telephony.domain.DeliverySchedule;

/** A command in the outbox, with its delivery so far: PENDING, DELIVERED, or FAILED (dead-lettered). */
@Entity
@Table(name = "connector_command")
public class ConnectorCommandEntity {

  private static final int MAX_ERROR = 500;

  @Id private UUID id;

  @Column(name = "connector_id", nullable = false)
  private UUID connectorId;

  @Column(name = "call_id")
  private UUID callId;

  @Column(nullable = false, length = 32)
  private String type;

  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  @Column(nullable = false, length = 16)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  private Instant createdAt;

  protected ConnectorCommandEntity() {}

  public ConnectorCommandEntity(UUID id, UUID connectorId, UUID callId, CommandType type, String payload,
      Instant due) {
    this.id = id;
    this.connectorId = connectorId;
    this.callId = callId;
    this.type = type.name();
    this.payload = payload;
    this.status = "PENDING";
    this.nextAttemptAt = due;
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

  public boolean isPending() {
    return "PENDING".equals(status);
  }

  public int attempts() {
    return attempts;
  }

  public void delivered(Instant at) {
    attempts++;
    status = "DELIVERED";
    deliveredAt = at;
    lastError = null;
  }

  /** One more failed attempt: retried when the schedule allows another, else dead. */
  public void failed(String error, DeliverySchedule schedule, Instant now) {
    attempts++;
    lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    schedule.retryAfter(attempts).ifPresentOrElse(wait -> nextAttemptAt = now.plus(wait), () -> status = "FAILED");
  }

  /** Dead without an attempt: there is no one to deliver it to. */
  public void abandon(String why) {
    lastError = why;
    status = "FAILED";
  }

  /** A dead command back in the queue, with a fresh set of attempts. */
  public void replay(Instant now) {
    status = "PENDING";
    attempts = 0;
    nextAttemptAt = now;
  }

  public boolean isDead() {
    return "FAILED".equals(status);
  }

  public CommandView toView() {
    return new CommandView(id, connectorId, callId, CommandType.valueOf(type), status, attempts, nextAttemptAt,
        lastError, createdAt);
  }
}
