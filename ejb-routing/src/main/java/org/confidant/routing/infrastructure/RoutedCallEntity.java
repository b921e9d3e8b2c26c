package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.confidant.routing.domain.RoutedCall;
import org.confidant.routing.domain.RoutingWishes;

@Entity
@Table(name = "call_routing")
public class RoutedCallEntity {

  @Id
  @Column(name = "call_id")
  private UUID callId;

  @Column(name = "queue_id", nullable = false)
  private UUID queueId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RoutedCall.Status status;

  @Column(name = "waiting_since", nullable = false)
  private Instant waitingSince;

  @Column(name = "priority_boost", nullable = false)
  private int priorityBoost;

  @Column(name = "agent_id")
  private UUID agentId;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "offer_expires_at")
  private Instant offerExpiresAt;

  @Column(nullable = false)
  private int offers;

  @Column(name = "overflow_to", length = 64)
  private String overflowTo;

  @Column(name = "preferred_agent_id")
  private UUID preferredAgentId;

  @Column(name = "preferred_until")
  private Instant preferredUntil;

  @Column(name = "required_skills", length = 512)
  private String requiredSkills;

  @Column(name = "caller_number", length = 32)
  private String callerNumber;

  @Column(name = "callback_since")
  private Instant callbackSince;

  @Column(name = "dial_call_id")
  private UUID dialCallId;

  @Version private long version;

  protected RoutedCallEntity() {}

  public RoutedCallEntity(RoutedCall call) {
    this.callId = call.callId();
    this.waitingSince = call.waitingSince();
    this.priorityBoost = call.priorityBoost();
    copyFrom(call);
  }

  public RoutedCall toRoutedCall() {
    RoutingWishes wishes = new RoutingWishes(Optional.ofNullable(preferredAgentId), Optional.ofNullable(preferredUntil),
        RoutingWishes.requiredFromText(requiredSkills), Optional.ofNullable(callerNumber));
    return RoutedCall.restore(callId, queueId, waitingSince, priorityBoost, status, agentId, offeredAt,
        offerExpiresAt, offers, overflowTo, wishes, callbackSince, dialCallId);
  }

  public final void copyFrom(RoutedCall call) {
    queueId = call.queueId();
    status = call.status();
    agentId = call.agentId().orElse(null);
    offeredAt = call.offeredAt().orElse(null);
    offerExpiresAt = call.offerExpiresAt().orElse(null);
    offers = call.offers();
    overflowTo = call.overflowTo().orElse(null);
    RoutingWishes wishes = call.wishes();
    preferredAgentId = wishes.preferredAgent().orElse(null);
    preferredUntil = wishes.preferredUntil().orElse(null);
    requiredSkills = wishes.requiredAsText();
    callerNumber = wishes.callerNumber().orElse(null);
    callbackSince = call.callbackSince().orElse(null);
    dialCallId = call.dialCallId().orElse(null);
  }
}
