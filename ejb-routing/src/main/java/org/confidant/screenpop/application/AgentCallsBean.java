package org.confidant.screenpop.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.access.MaskingPolicy;
import org.confidant.agents.application.Presences;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.ReasonCode;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.contacts.application.CallerCards;
import org.confidant.contacts.domain.CallerCard;
import org.confidant.interactions.api.NoteView;
import org.confidant.interactions.application.InteractionNotes;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.ivr.domain.IvrStep;
import org.confidant.ivr.infrastructure.CallIvrEntity;
import org.confidant.screenpop.api.AgentCallView;
import org.confidant.screenpop.api.AgentCalls;
import org.confidant.screenpop.api.AgentDesktopSnapshot;
import org.confidant.screenpop.api.PresenceState;
import org.confidant.screenpop.api.ScreenPopView;
import org.confidant.screenpop.domain.DesktopCallState;
import org.confidant.screenpop.domain.PopAssembly;
import org.confidant.screenpop.domain.PopFacts;
import org.confidant.screenpop.infrastructure.PopQueries;
import org.confidant.screenpop.infrastructure.PopQueries.RoutedCallRow;
import org.confidant.vault.Vault;

/**
 * Agents' calls with their screen pops, read in one short transaction after routing committed the offer. {@code
 * @PermitAll}: asked by the desktop's push channel, which has no caller identity (see {@link AgentCalls}); the audit
 * entries name the call and the agent in their reason.
 */
@Stateless
@PermitAll
public class AgentCallsBean implements AgentCalls {

  static final String SCREEN_POP = "SCREEN_POP";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB CallerCards callerCards;

  @EJB Presences presences;

  @EJB AuditTrail audit;

  @Inject Vault vault;

  @Inject MaskingPolicy maskingPolicy;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Optional<AgentDesktopSnapshot> snapshotOf(String username) {
    Optional<AgentEntity> agent = presences.agentNamed(username);
    if (agent.isEmpty()) {
      return Optional.empty();
    }
    UUID agentId = agent.get().getId();
    AgentPresence presence = presences.of(agentId, clock.instant());
    PopQueries queries = new PopQueries(entityManager);
    List<UUID> callIds = new java.util.ArrayList<>(queries.liveCallsOf(agentId));
    if (presence.state() == AgentState.WRAP_UP) {
      queries.callWrappedUpBy(agentId).filter(call -> !callIds.contains(call)).ifPresent(callIds::add);
    }
    if (presence.state() == AgentState.RESERVED) {
      // Reserved for a transfer: the connected call rings them before it is theirs.
      presence.call().filter(call -> !callIds.contains(call)).ifPresent(callIds::add);
    }
    List<AgentCallView> calls = callIds.stream()
        .flatMap(callId -> queries.routedCall(callId).stream())
        .map(row -> view(row, agentId, presence, true, queries)).toList();
    return Optional.of(new AgentDesktopSnapshot(agentId, presenceOf(presence), calls));
  }

  @Override
  public Optional<AgentCallView> offered(UUID callId, UUID agentId) {
    PopQueries queries = new PopQueries(entityManager);
    return queries.routedCall(callId)
        .filter(row -> "OFFERED".equals(row.routingStatus()) && agentId.equals(row.agentId())
            || ringsAsTransfer(row, agentId))
        .map(row -> view(row, agentId, null, true, queries));
  }

  /** A connected call transferred to the agent, not yet answered by them: their presence is reserved for it. */
  private boolean ringsAsTransfer(RoutedCallRow row, UUID agentId) {
    return "CONNECTED".equals(row.routingStatus()) && !agentId.equals(row.agentId())
        && presences.reservedFor(row.callId()).filter(reserved -> reserved.agentId().equals(agentId)).isPresent();
  }

  @Override
  public Optional<AgentCallView> call(UUID callId, UUID agentId) {
    PopQueries queries = new PopQueries(entityManager);
    return queries.routedCall(callId)
        .map(row -> view(row, agentId, presences.of(agentId, clock.instant()), false, queries));
  }

  /** The presence is read only when needed (a finished call, or one that is not the agent's: wrap-up or over). */
  private AgentCallView view(RoutedCallRow row, UUID agentId, AgentPresence knownPresence, boolean withPop,
      PopQueries queries) {
    boolean over = !"OFFERED".equals(row.routingStatus()) && !"CONNECTED".equals(row.routingStatus());
    boolean notTheirs = !agentId.equals(row.agentId());
    AgentPresence presence = knownPresence == null && (over || notTheirs)
        ? presences.of(agentId, clock.instant()) : knownPresence;
    boolean wrapsUp = presence != null && presence.state() == AgentState.WRAP_UP
        && queries.callWrappedUpBy(agentId).filter(row.callId()::equals).isPresent();
    String routingStatus = notTheirs ? "FINISHED" : row.routingStatus();
    Instant offeredAt = row.offeredAt() == null ? row.waitingSince() : row.offeredAt();
    // A connected call that is not (yet) the agent's rings them as a transfer; a call transferred away leaves its
    // first agent wrapping it up while routing has it with the next one.
    boolean ringsAsTransfer = "CONNECTED".equals(row.routingStatus()) && notTheirs && !wrapsUp;
    DesktopCallState state = ringsAsTransfer ? DesktopCallState.RINGING
        : DesktopCallState.of(routingStatus, row.callState(), wrapsUp);
    return new AgentCallView(row.callId(), state.name(),
        new AgentCallView.QueueRef(row.queueId(), row.queueName()), row.callback() ? "OUTBOUND" : "INBOUND",
        offeredAt, Math.max(0, Duration.between(row.waitingSince(), offeredAt).toSeconds()),
        row.logged() ? row.callId() : null, withPop ? pop(row, agentId, queries) : null);
  }

  private ScreenPopView pop(RoutedCallRow row, UUID agentId, PopQueries queries) {
    Optional<String> e164 = callerCards.e164(row.callerNumber());
    List<CallerCard> cards = e164.map(callerCards::of).orElse(List.of());
    List<UUID> contactIds = cards.stream().map(CallerCard::id).toList();
    List<UUID> owners = cards.stream().flatMap(card -> card.openCases().stream())
        .map(CallerCard.OpenCase::ownerAgentId).filter(java.util.Objects::nonNull).distinct().toList();
    ScreenPopView pop = new PopAssembly(maskingPolicy).assemble(new PopFacts(e164.orElse(null), cards,
        queries.recentInteractions(contactIds, row.callId(), PopAssembly.RECENT_INTERACTIONS), ivrPath(row.callId()),
        notes(row.callId()), queries.agentNames(owners)));
    String reason = "call " + row.callId() + " offered to agent " + agentId;
    contactIds.forEach(id -> audit.record(SCREEN_POP, "contact", id.toString(), AuditOutcome.SUCCESS, reason));
    return pop;
  }

  private List<IvrStep> ivrPath(UUID callId) {
    CallIvrEntity walk = entityManager.find(CallIvrEntity.class, callId);
    return walk == null ? List.of() : walk.getPath();
  }

  /** Notes earlier agents wrote on the call: the agent it is offered to becomes one of its agents, who read them. */
  private List<NoteView> notes(UUID callId) {
    InteractionEntity interaction = entityManager.find(InteractionEntity.class, callId);
    return interaction == null ? List.of() : InteractionNotes.of(entityManager, vault, interaction, true);
  }

  private static PresenceState presenceOf(AgentPresence presence) {
    return new PresenceState(presence.state().name(), presence.reason().map(ReasonCode::code).orElse(null),
        presence.since());
  }
}
