package org.confidant.agents.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Clock;
import java.time.Instant;
import org.confidant.agents.api.DeviceRegistrations;
import org.confidant.agents.api.PresenceView;
import org.confidant.agents.api.UnknownAgent;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.application.CallRouting;

/** An unregistered phone makes its agent not ready; a registration is recorded and leaves readiness to the agent. */
@Stateless
public class DeviceRegistrationsBean implements DeviceRegistrations {

  @EJB Presences presences;

  @EJB CallRouting routing;

  @EJB AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
  public PresenceView deviceChanged(String extension, boolean registered) {
    AgentEntity agent = presences.agentAt(extension)
        .orElseThrow(() -> new UnknownAgent("no agent sits at extension " + extension));
    Instant now = clock.instant();
    AgentPresence after = registered ? presences.of(agent.getId(), now) : routing.deviceLost(agent.getId(), now);
    audit.record(registered ? "agent.device.registered" : "agent.device.unregistered", "agent",
        agent.getId().toString(), AuditOutcome.SUCCESS);
    return AgentDeskBean.view(agent, after);
  }
}
