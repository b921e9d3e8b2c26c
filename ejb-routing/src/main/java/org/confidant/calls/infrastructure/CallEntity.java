package org.confidant.calls.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.confidant.calls.domain.Call;
import org.confidant.calls.domain.CallState;
import org.confidant.calls.domain.EndCause;
import org.confidant.persistence.VersionedEntity;

@Entity
@Table(name = "call")
@NamedEntityGraph(name = CallEntity.WITH_PHASES, attributeNodes = @NamedAttributeNode("phases"))
public class CallEntity extends VersionedEntity {

  /** Loads a call with its phases in one query: the ledger needs both for every event. */
  public static final String WITH_PHASES = "call-with-phases";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CallState state;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "lost_events", nullable = false)
  private long lostEvents;

  @Column(name = "duplicate_events", nullable = false)
  private long duplicateEvents;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_cause", length = 32)
  private EndCause endCause;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "routed_by_source", nullable = false)
  private boolean routedBySource;

  /** Events of this call stored HELD for an earlier one: only while there are some is there anything to release. */
  @Column(name = "held_events", nullable = false)
  private long heldEvents;

  @ElementCollection
  @CollectionTable(name = "call_phase", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "ordinal")
  private List<PhaseColumns> phases = new ArrayList<>();

  /** One row of call_phase. */
  @Embeddable
  public static class PhaseColumns {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallState state;

    @Column(nullable = false)
    private Instant since;

    protected PhaseColumns() {}

    PhaseColumns(Call.Phase phase) {
      state = phase.state();
      since = phase.since();
    }

    Call.Phase toPhase() {
      return new Call.Phase(state, since);
    }
  }

  protected CallEntity() {}

  public CallEntity(Call call, boolean routedBySource) {
    super(call.id());
    this.routedBySource = routedBySource;
    offeredAt = call.phases().get(0).since();
    copyFrom(call);
  }

  public Call toCall() {
    return Call.restore(getId(), phases.stream().map(PhaseColumns::toPhase).toList(), lastSequence, lostEvents,
        endCause);
  }

  /** Takes over what the domain call became; phases are only ever appended. */
  public void copyFrom(Call call) {
    List<Call.Phase> callPhases = call.phases();
    for (int i = phases.size(); i < callPhases.size(); i++) {
      phases.add(new PhaseColumns(callPhases.get(i)));
    }
    state = call.state();
    lastSequence = call.lastSequence();
    lostEvents = call.lostEvents();
    endCause = call.endCause().orElse(null);
    endedAt = state.isFinal() ? callPhases.get(callPhases.size() - 1).since() : null;
  }

  public long getHeldEvents() {
    return heldEvents;
  }

  public void setHeldEvents(long heldEvents) {
    this.heldEvents = heldEvents;
  }

  public void countDuplicate() {
    duplicateEvents++;
  }

  public long getLastSequence() {
    return lastSequence;
  }

  /** A source that routes its calls itself only reports them; Confidant routes the others. */
  public boolean isRoutedBySource() {
    return routedBySource;
  }

  public CallState getState() {
    return state;
  }
}
