package org.confidant.api.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.desk.api.CallAction;
import org.confidant.desk.api.CallCommandReceipt;
import org.confidant.desk.api.CallControls;
import org.confidant.desk.api.ClickToCall;
import org.confidant.desk.api.DigitsRequest;
import org.confidant.desk.api.TransferRequest;
import org.confidant.desk.api.TransferTarget;
import org.confidant.desk.api.TransferTargetView;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/agents/me/calls}: the signed-in agent's call controls. Each answers 202 with the command sent to the
 * call's connector (its effect arrives as the call's events); 409 when the agent is not on the call, their state
 * does not allow it, or the connector does not support it. {@code POST /agents/me/calls} places a call to a
 * contact's phone (click-to-call).
 */
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentCallsResource {

  /** The path segment of each simple control. */
  private static final Map<String, CallAction> ACTIONS = Map.of("answer", CallAction.ANSWER,
      "hang-up", CallAction.HANG_UP, "hold", CallAction.HOLD, "resume", CallAction.RESUME, "mute", CallAction.MUTE,
      "unmute", CallAction.UNMUTE);

  @EJB CallControls controls;

  @Inject Validator validator;

  @POST
  @Path("me/calls")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AGENT)
  public Response dial(ClickToCall call) {
    return accepted(controls.dial(RequestValidation.requireValidBody(validator, call, "call")));
  }

  @POST
  @Path("me/calls/{callId}/{action:answer|hang-up|hold|resume|mute|unmute}")
  @RolesAllowed(Roles.AGENT)
  public Response act(@PathParam("callId") UUID callId, @PathParam("action") String action) {
    CallAction chosen = ACTIONS.get(action);
    if (chosen == null) {
      throw new NotFoundException();
    }
    return accepted(controls.act(callId, chosen));
  }

  @POST
  @Path("me/calls/{callId}/dtmf")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AGENT)
  public Response dtmf(@PathParam("callId") UUID callId, DigitsRequest digits) {
    return accepted(controls.sendDigits(callId, RequestValidation.requireValidBody(validator, digits, "digits")));
  }

  @POST
  @Path("me/calls/{callId}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AGENT)
  public Response transfer(@PathParam("callId") UUID callId, TransferRequest transfer) {
    return accepted(controls.transfer(callId, RequestValidation.requireValidBody(validator, transfer, "transfer")));
  }

  @POST
  @Path("me/calls/{callId}/conference")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AGENT)
  public Response conference(@PathParam("callId") UUID callId, TransferTarget target) {
    return accepted(controls.conference(callId, RequestValidation.requireValidBody(validator, target, "target")));
  }

  /** Agents (with their state) and queues the agent may transfer to. */
  @GET
  @Path("me/transfer-targets")
  @RolesAllowed(Roles.AGENT)
  public List<TransferTargetView> transferTargets() {
    return controls.transferTargets();
  }

  private static Response accepted(CallCommandReceipt receipt) {
    return Response.status(Response.Status.ACCEPTED).entity(receipt).build();
  }
}
