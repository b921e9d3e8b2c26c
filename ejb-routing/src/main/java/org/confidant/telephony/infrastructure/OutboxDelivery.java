package org.confidant.telephony.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.confidant.telephony.domain.DeliverySchedule;

/**
 * The delivery state every outbox row shares (connector commands, webhook deliveries): PENDING until a 2xx makes it
 * DELIVERED, retried on the {@link DeliverySchedule} after a failure, FAILED (dead-lettered) when the schedule allows
 * no more attempts, and PENDING again with fresh attempts when an admin replays it.
 */
@MappedSuperclass
public abstract class OutboxDelivery {

  private static final int MAX_ERROR = 500;

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

  protected OutboxDelivery() {}

  protected OutboxDelivery(Instant due) {
    this.status = "PENDING";
    this.nextAttemptAt = due;
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

  /** A dead delivery back in the queue, with a fresh set of attempts. */
  public void replay(Instant now) {
    status = "PENDING";
    attempts = 0;
    nextAttemptAt = now;
  }

  public boolean isDead() {
    return "FAILED".equals(status);
  }

  protected String status() {
    return status;
  }

  protected Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  protected String lastError() {
    return lastError;
  }

  protected Instant createdAt() {
    return createdAt;
  }
}
