package org.confidant.calls.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.api.RoutingHints;
import org.confidant.calls.domain.CallEvent;

/** One telephony event as received, with what it did (APPLIED, HELD, REJECTED). */
@Entity
@Table(name = "call_event")
public class CallEventEntity {

  @Embeddable
  public record Key(@Column(name = "call_id") UUID callId, @Column(name = "sequence") long sequence)
      implements Serializable {}

  /** Made on first use: most events carry no hints, and tests of the rest run without a JSON-B provider. */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @EmbeddedId private Key key;

  @Column(nullable = false, length = 16)
  private String type;

  @Column(length = 64)
  private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(name = "published_event_id")
  private UUID publishedEventId;

  /** The event's routing hints as JSON, kept only until the event is applied or refused. */
  @Column(name = "routing_hints")
  private String routingHints;

  protected CallEventEntity() {}

  public CallEventEntity(CallEvent event, Instant receivedAt) {
    this.key = new Key(event.callId(), event.sequence());
    this.type = event.type().name();
    this.detail = event.detail();
    this.occurredAt = event.at();
    this.receivedAt = receivedAt;
    this.routingHints = event.routing().asksNothing() ? null : Json.JSONB.toJson(event.routing());
  }

  public CallEvent toEvent() {
    RoutingHints routing = routingHints == null ? RoutingHints.NONE : Json.JSONB.fromJson(routingHints, RoutingHints.class);
    return new CallEvent(key.callId(), key.sequence(), occurredAt, CallEvent.Type.valueOf(type), detail, routing);
  }

  /** Routing keeps what it needs of the hints (a caller's number among them): the ledger does not. */
  public void forgetRoutingHints() {
    routingHints = null;
  }

  public void held() {
    outcome = "HELD";
  }

  public void rejected() {
    outcome = "REJECTED";
  }

  public void applied(UUID announcedBy) {
    outcome = "APPLIED";
    publishedEventId = announcedBy;
  }

  /**
   * Keys a caller pressed may be a patient or account number: once the event has been applied (or refused), the
   * ledger keeps how many keys came, not which. The IVR keeps its own masked path in {@code call_ivr}.
   */
  public void forgetKeysPressed() {
    if (CallEvent.Type.DIGITS.name().equals(type) && detail != null) {
      detail = "*".repeat(detail.length());
    }
  }
}
