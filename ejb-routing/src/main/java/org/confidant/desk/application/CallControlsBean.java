package org.confidant.desk.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.confidant.agents.application.Presences;
import org.confidant.agents.domain.AgentPresence;
import org.confidant.agents.domain.IllegalAgentTransition;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.contacts.application.ContactPhones;
import org.confidant.desk.api.CallAction;
import org.confidant.desk.api.CallCommandReceipt;
import org.confidant.desk.api.CallControlRefused;
import org.confidant.desk.api.CallControls;
import org.confidant.desk.api.ClickToCall;
import org.confidant.desk.api.DigitsRequest;
import org.confidant.desk.api.TransferRequest;
import org.confidant.desk.api.TransferTarget;
import org.confidant.desk.api.TransferTargetView;
import org.confidant.desk.domain.CallControlRules;
import org.confidant.desk.domain.ControlNotAllowed;
import org.confidant.desk.domain.Destination;
import org.confidant.identity.Roles;
import org.confidant.routing.application.CallRouting;
import org.confidant.routing.infrastructure.QueueEntity;
import org.confidant.telephony.api.CommandRefused;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorCommand;
import org.confidant.telephony.application.CommandDispatcher;

/**
 * The signed-in agent's call controls: checks the desk's rules against the agent's presence, stores the command for
 * the call's connector (in this transaction) and audits it by ids. A command the connector does not support is
 * refused, and the transaction rolls back (a transfer's reservation with it).
 */
@Stateless
public class CallControlsBean implements CallControls {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB Presences presences;

  @EJB CommandDispatcher commands;

  @EJB CallRouting routing;

  @EJB ContactPhones phones;

  @EJB AuditTrail audit;

  @Resource SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.AGENT)
  public CallCommandReceipt act(UUID callId, CallAction action) {
    CommandType type = CommandType.valueOf(action.name());
    AgentEntity me = onCall(callId, type);
    return send(ConnectorCommand.forCall(callId, type, me.getExtension(), Map.of("agentId", me.getId().toString())));
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public CallCommandReceipt sendDigits(UUID callId, DigitsRequest digits) {
    AgentEntity me = onCall(callId, CommandType.SEND_DTMF);
    return send(ConnectorCommand.forCall(callId, CommandType.SEND_DTMF, me.getExtension(),
        Map.of("agentId", me.getId().toString(), "digits", digits.digits())));
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public CallCommandReceipt transfer(UUID callId, TransferRequest transfer) {
    CommandType type = CallControlRules.transferCommand(transfer.mode());
    AgentEntity me = onCall(callId, type);
    Destination destination = destination(transfer.target());
    if (destination.kind() == Destination.Kind.AGENT) {
      offerTransfer(callId, me, transfer.target().agentId());
    }
    return send(ConnectorCommand.forCall(callId, type, destination.target(), destination.parametersFrom(me.getId())));
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public CallCommandReceipt conference(UUID callId, TransferTarget target) {
    AgentEntity me = onCall(callId, CommandType.CONFERENCE);
    Destination destination = destination(target);
    return send(ConnectorCommand.forCall(callId, CommandType.CONFERENCE, destination.target(),
        destination.parametersFrom(me.getId())));
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public CallCommandReceipt dial(ClickToCall call) {
    AgentEntity me = me();
    refuseUnless(() -> CallControlRules.requireMayDial(presences.of(me.getId(), clock.instant()).state()));
    String number = phones.number(call.contactId(), call.phone());
    UUID callId = UUID.randomUUID();
    Map<String, String> parameters = new java.util.HashMap<>(Map.of("number", number,
        "agentId", me.getId().toString(), "contactId", call.contactId().toString()));
    if (call.caseId() != null) {
      parameters.put("caseId", call.caseId().toString());
    }
    CallCommandReceipt receipt = send(new ConnectorCommand(UUID.randomUUID(), null, callId, CommandType.DIAL,
        me.getExtension(), parameters));
    // The number is PHI: the trail names the phone by contact and place in its list.
    audit.record("call.dialled", "contact-phone", call.contactId() + "/" + call.phone(), AuditOutcome.SUCCESS);
    return receipt;
  }

  @Override
  @RolesAllowed(Roles.AGENT)
  public List<TransferTargetView> transferTargets() {
    Instant now = clock.instant();
    UUID myId = me().getId();
    List<TransferTargetView> targets = new ArrayList<>();
    entityManager.createQuery("select a from AgentEntity a where a.active = true order by a.displayName",
            AgentEntity.class).getResultStream().filter(agent -> !agent.getId().equals(myId))
        .forEach(agent -> targets.add(new TransferTargetView("AGENT", agent.getId(), agent.getDisplayName(),
            presences.of(agent.getId(), now).state().name())));
    entityManager.createQuery("select q from QueueEntity q order by q.name", QueueEntity.class).getResultStream()
        .forEach(queue -> targets.add(new TransferTargetView("QUEUE", queue.getId(), queue.getName(), null)));
    return targets;
  }

  /** The calling agent, if the call is theirs and their state allows the command. */
  private AgentEntity onCall(UUID callId, CommandType type) {
    AgentEntity me = me();
    AgentPresence presence = presences.of(me.getId(), clock.instant());
    refuseUnless(() -> CallControlRules.requireMayControl(presence.state(), presence.call(), callId, type));
    return me;
  }

  private void offerTransfer(UUID callId, AgentEntity me, UUID target) {
    if (target.equals(me.getId())) {
      throw new CallControlRefused("you cannot transfer a call to yourself");
    }
    try {
      if (!routing.transferOffered(callId, me.getId(), target, clock.instant())) {
        throw new CallControlRefused("call " + callId + " cannot go to an agent now: it is not a routed call you"
            + " answered, or a transfer of it is already ringing");
      }
    } catch (IllegalAgentTransition busy) {
      throw new CallControlRefused("agent " + target + " is not available to take the call");
    }
  }

  private Destination destination(TransferTarget target) {
    if (target.agentId() != null) {
      AgentEntity agent = presences.agent(target.agentId())
          .orElseThrow(() -> new CallControlRefused("no agent " + target.agentId()));
      return ruled(() -> Destination.agent(agent.getId(), agent.getExtension()));
    }
    if (target.queueId() != null) {
      if (entityManager.find(QueueEntity.class, target.queueId()) == null) {
        throw new CallControlRefused("no queue " + target.queueId());
      }
      return Destination.queue(target.queueId());
    }
    return Destination.number(target.number());
  }

  private CallCommandReceipt send(ConnectorCommand command) {
    try {
      commands.dispatch(command);
    } catch (CommandRefused refused) {
      throw new CallControlRefused("the phone system cannot do that: " + refused.getMessage());
    }
    audit.record("call." + command.type().name().toLowerCase(Locale.ROOT), "call", command.callId().toString(),
        AuditOutcome.SUCCESS);
    return new CallCommandReceipt(command.commandId(), command.callId(), command.type().name());
  }

  private AgentEntity me() {
    return presences.agentNamed(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new CallControlRefused("you are not set up as an agent; ask an administrator"));
  }

  /** Runs a desk rule; its refusal reaches the agent as {@link CallControlRefused}. */
  private static <T> T ruled(java.util.function.Supplier<T> rule) {
    try {
      return rule.get();
    } catch (ControlNotAllowed refused) {
      throw new CallControlRefused(refused.getMessage());
    }
  }

  private static void refuseUnless(Runnable rule) {
    ruled(() -> {
      rule.run();
      return null;
    });
  }
}
