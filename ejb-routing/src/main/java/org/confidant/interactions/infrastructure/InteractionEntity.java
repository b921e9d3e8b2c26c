package org.confidant.interactions.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.confidant.calls.domain.CallState;
import org.confidant.interactions.domain.Interaction;
import org.confidant.vault.WrappedKey;

/** The call log's row of one call, its queues, participants and holds, and the wrapped data key of its notes. */
@Entity
@Table(name = "interaction")
public class InteractionEntity {

  @Id
  @Column(name = "call_id")
  private UUID callId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CallState phase;

  @Column(name = "phase_since", nullable = false)
  private Instant phaseSince;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Column(name = "ivr_at")
  private Instant ivrAt;

  @Column(name = "queued_at")
  private Instant queuedAt;

  @Column(name = "ringing_at")
  private Instant ringingAt;

  @Column(name = "connected_at")
  private Instant connectedAt;

  @Column(name = "transferred_at")
  private Instant transferredAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_cause", length = 32)
  private String endCause;

  @Column(nullable = false)
  private boolean abandoned;

  @Column(nullable = false)
  private int transfers;

  @Column(name = "queue_millis", nullable = false)
  private long queueMillis;

  @Column(name = "ring_millis", nullable = false)
  private long ringMillis;

  @Column(name = "talk_millis", nullable = false)
  private long talkMillis;

  @Column(name = "hold_millis", nullable = false)
  private long holdMillis;

  @Column(name = "disposition_code", length = 32)
  private String dispositionCode;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "key_kind", columnDefinition = "text")
  private String keyKind;

  @Column(name = "kek_id", columnDefinition = "text")
  private String kekId;

  @Column(name = "wrapped_key")
  private byte[] wrappedKey;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "interaction_queue", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "ordinal")
  @Column(name = "queue_id", nullable = false)
  private List<UUID> queues = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "interaction_participant", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "ordinal")
  private List<ParticipantColumns> participants = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "interaction_hold", joinColumns = @JoinColumn(name = "call_id"))
  @OrderColumn(name = "ordinal")
  private List<HoldColumns> holds = new ArrayList<>();

  /** One row of {@code interaction_participant}. */
  @Embeddable
  public static class ParticipantColumns {

    @Column(name = "agent_id", nullable = false)
    private UUID agentId;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "wrap_up_started_at")
    private Instant wrapUpStartedAt;

    @Column(name = "wrap_up_ended_at")
    private Instant wrapUpEndedAt;

    protected ParticipantColumns() {}

    ParticipantColumns(Interaction.Participant participant) {
      agentId = participant.agentId();
      offeredAt = participant.offeredAt();
      answeredAt = participant.answeredAt();
      wrapUpStartedAt = participant.wrapUpStartedAt();
      wrapUpEndedAt = participant.wrapUpEndedAt();
    }

    Interaction.Participant toParticipant() {
      return new Interaction.Participant(agentId, offeredAt, answeredAt, wrapUpStartedAt, wrapUpEndedAt);
    }
  }

  /** One row of {@code interaction_hold}. */
  @Embeddable
  public static class HoldColumns {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected HoldColumns() {}

    HoldColumns(Interaction.Hold hold) {
      startedAt = hold.startedAt();
      endedAt = hold.endedAt();
    }

    Interaction.Hold toHold() {
      return new Interaction.Hold(startedAt, endedAt);
    }
  }

  protected InteractionEntity() {}

  public InteractionEntity(Interaction interaction, Instant now) {
    this.callId = interaction.callId();
    copyFrom(interaction, now);
  }

  public Interaction toInteraction() {
    return Interaction.restore(new Interaction.Snapshot(callId, phase, phaseSince,
        new Interaction.Milestones(offeredAt, ivrAt, queuedAt, ringingAt, connectedAt, transferredAt, endedAt),
        new Interaction.Totals(queueMillis, ringMillis, talkMillis, holdMillis), transfers, endCause, abandoned,
        List.copyOf(queues), participants.stream().map(ParticipantColumns::toParticipant).toList(),
        holds.stream().map(HoldColumns::toHold).toList()));
  }

  public final void copyFrom(Interaction interaction, Instant now) {
    Interaction.Snapshot record = interaction.snapshot();
    phase = record.phase();
    phaseSince = record.phaseSince();
    Interaction.Milestones at = record.milestones();
    offeredAt = at.offeredAt();
    ivrAt = at.ivrAt();
    queuedAt = at.queuedAt();
    ringingAt = at.ringingAt();
    connectedAt = at.connectedAt();
    transferredAt = at.transferredAt();
    endedAt = at.endedAt();
    Interaction.Totals totals = record.totals();
    queueMillis = totals.queueMillis();
    ringMillis = totals.ringMillis();
    talkMillis = totals.talkMillis();
    holdMillis = totals.holdMillis();
    transfers = record.transfers();
    endCause = record.endCause();
    abandoned = record.abandoned();
    replace(queues, record.queues(), Function.identity(), Function.identity());
    replace(participants, record.participants(), ParticipantColumns::toParticipant, ParticipantColumns::new);
    replace(holds, record.holds(), HoldColumns::toHold, HoldColumns::new);
    updatedAt = now;
  }

  /** Rewrites a collection only when it changed: most events change none of them. */
  private static <C, D> void replace(List<C> stored, List<D> wanted, Function<C, D> read, Function<D, C> write) {
    if (stored.stream().map(read).toList().equals(wanted)) {
      return;
    }
    stored.clear();
    wanted.stream().map(write).forEach(stored::add);
  }

  public void describe(String disposition, Instant now) {
    this.dispositionCode = disposition;
    this.updatedAt = now;
  }

  public void link(UUID contact, UUID caseOf, Instant now) {
    this.contactId = contact;
    this.caseId = caseOf;
    this.updatedAt = now;
  }

  public Optional<WrappedKey> notesKey() {
    return wrappedKey == null ? Optional.empty() : Optional.of(WrappedKey.of(keyKind, kekId, wrappedKey));
  }

  public void keepNotesKey(WrappedKey key) {
    keyKind = key.kind().name();
    kekId = key.kekId();
    wrappedKey = key.ciphertext();
  }

  /**
   * What a data subject's erasure leaves: the notes' key destroyed (crypto-shredding: every copy of their
   * ciphertext is unreadable from now on) and no link to the person; times, queues, agents and disposition stay.
   */
  public void deidentify(Instant now) {
    keyKind = null;
    kekId = null;
    wrappedKey = null;
    link(null, null, now);
  }

  public UUID callId() {
    return callId;
  }

  public String dispositionCode() {
    return dispositionCode;
  }

  public UUID contactId() {
    return contactId;
  }

  public UUID caseId() {
    return caseId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
