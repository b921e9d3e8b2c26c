package org.confidant.agents.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.confidant.agents.api.AgentDesk;
import org.confidant.agents.api.PresenceChange;
import org.confidant.agents.api.PresenceChangeRefused;
import org.confidant.agents.api.PresenceView;
import org.confidant.agents.api.ReasonCodeView;
import org.confidant.agents.api.UnknownAgent;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.AgentState;
import org.confidant.agents.domain.IllegalAgentTransition;
import org.confidant.agents.domain.ReasonCode;
import org.confidant.agents.domain.ReasonKind;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.agents.infrastructure.ReasonCodeEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.application.CallRouting;

/** Agents change their own presence; supervisors see the floor and can force an agent not ready or out. */
@Stateless
public class AgentDeskBean implements AgentDesk {

  /** Supervisors' forced changes carry this reason unless they give one. */
  static final ReasonCode SUPERVISOR = new ReasonCode("SUPERVISOR");

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB Presences presences;

  @EJB CallRouting routing;

  @EJB AuditTrail audit;

  @Resource SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.AGENT)
  public PresenceView myPresence() {
    AgentEntity me = me();
    return view(me, presences.of(me.getId(), clock.instant()));
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public PresenceView changeMyPresence(PresenceChange change) {
    return apply(me(), change, null);
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public List<ReasonCodeView> myReasonCodes() {
    return entityManager.createQuery("select r from ReasonCodeEntity r where r.active = true and r.kind = :kind"
            + " order by r.code", ReasonCodeEntity.class).setParameter("kind", ReasonKind.NOT_READY)
        .getResultStream().map(ReasonCodesBean::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<PresenceView> floor() {
    Instant now = clock.instant();
    return entityManager.createQuery("select a from AgentEntity a where a.active = true order by a.displayName",
        AgentEntity.class).getResultStream().map(agent -> view(agent, presences.of(agent.getId(), now))).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public PresenceView changePresence(UUID agentId, PresenceChange change) {
    AgentEntity agent = presences.agent(agentId).orElseThrow(() -> new UnknownAgent("no agent " + agentId));
    if ("AVAILABLE".equals(change.state())) {
      throw new PresenceChangeRefused("only the agent can make themselves available");
    }
    return apply(agent, change, SUPERVISOR);
  }

  private PresenceView apply(AgentEntity agent, PresenceChange change, ReasonCode defaultReason) {
    AgentState wanted = wantedState(change.state());
    ReasonCode reason = reason(change.reasonCode(), defaultReason, wanted);
    try {
      AgentPresence after = routing.changePresence(agent.getId(), wanted, reason, clock.instant());
      audit.record("agent.presence." + wanted.name().toLowerCase(Locale.ROOT), "agent", agent.getId().toString(),
          AuditOutcome.SUCCESS);
      return view(agent, after);
    } catch (IllegalAgentTransition refused) {
      throw new PresenceChangeRefused(refused.getMessage());
    }
  }

  private static AgentState wantedState(String state) {
    if (!List.of("AVAILABLE", "NOT_READY", "LOGGED_OUT").contains(state)) {
      throw new PresenceChangeRefused("state must be AVAILABLE, NOT_READY or LOGGED_OUT");
    }
    return AgentState.valueOf(state);
  }

  private ReasonCode reason(String code, ReasonCode defaultReason, AgentState wanted) {
    if (wanted != AgentState.NOT_READY) {
      return null;
    }
    if (code == null) {
      if (defaultReason == null) {
        throw new PresenceChangeRefused("not ready needs a reason code");
      }
      return defaultReason;
    }
    if (!presences.isNotReadyReason(code)) {
      throw new PresenceChangeRefused(code + " is not an active not-ready reason code; see /api/v1/reason-codes");
    }
    return new ReasonCode(code);
  }

  private AgentEntity me() {
    String username = session.getCallerPrincipal().getName();
    return presences.agentNamed(username)
        .orElseThrow(() -> new UnknownAgent("you are not set up as an agent; ask an administrator"));
  }

  static PresenceView view(AgentEntity agent, AgentPresence presence) {
    return new PresenceView(agent.getId(), agent.getUsername(), agent.getDisplayName(), presence.state().name(),
        presence.reason().map(ReasonCode::code).orElse(null), presence.since(), presence.call().orElse(null),
        presence.wrapUpUntil().orElse(null));
  }
}
