package org.confidant.agents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.ReasonCode;

@Entity
@Table(name = "agent_presence")
public class AgentPresenceEntity {

  @Id
  @Column(name = "agent_id")
  private UUID agentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AgentState state;

  @Column(nullable = false)
  private Instant since;

  @Column(name = "call_id")
  private UUID callId;

  @Column(name = "reason_code", length = 32)
  private String reasonCode;

  @Column(name = "pending_reason", length = 32)
  private String pendingReason;

  @Column(name = "wrap_up_until")
  private Instant wrapUpUntil;

  @Version private long version;

  protected AgentPresenceEntity() {}

  public AgentPresenceEntity(AgentPresence presence) {
    this.agentId = presence.agentId();
    copyFrom(presence);
  }

  public AgentPresence toPresence() {
    return AgentPresence.restore(agentId, state, since, callId, reason(reasonCode), reason(pendingReason), wrapUpUntil);
  }

  public final void copyFrom(AgentPresence presence) {
    state = presence.state();
    since = presence.since();
    callId = presence.call().orElse(null);
    reasonCode = presence.reason().map(ReasonCode::code).orElse(null);
    pendingReason = presence.pendingNotReady().map(ReasonCode::code).orElse(null);
    wrapUpUntil = presence.wrapUpUntil().orElse(null);
  }

  private static ReasonCode reason(String code) {
    return code == null ? null : new ReasonCode(code);
  }

  public UUID getAgentId() {
    return agentId;
  }
}
