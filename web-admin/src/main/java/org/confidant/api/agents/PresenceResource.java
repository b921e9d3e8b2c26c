package org.confidant.api.agents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.confidant.agents.api.AgentDesk;
import org.confidant.agents.api.PresenceView;
import org.confidant.agents.api.ReasonCodeView;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;

/**
 * Agents' presence: {@code /api/v1/agents/me/presence} for the signed-in agent (GET, PUT to log in, be available,
 * not ready with a reason, or log out); {@code /api/v1/agents/presence} and {@code /api/v1/agents/{id}/presence}
 * for supervisors (the floor; force not ready or log out).
 */
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

  @EJB AgentDesk desk;

  @Inject Validator validator;

  @GET
  @Path("me/presence")
  @RolesAllowed(Roles.AGENT)
  public PresenceView myPresence() {
    return desk.myPresence();
  }

  @PUT
  @Path("me/presence")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.AGENT)
  public PresenceView changeMyPresence(PresenceRequest request) {
    return desk.changeMyPresence(valid(request).toChange());
  }

  /** The not-ready reason codes the agent may give (active ones). */
  @GET
  @Path("me/reason-codes")
  @RolesAllowed(Roles.AGENT)
  public List<ReasonCodeView> myReasonCodes() {
    return desk.myReasonCodes();
  }

  @GET
  @Path("presence")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<PresenceView> floor() {
    return desk.floor();
  }

  @PUT
  @Path("{agentId}/presence")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public PresenceView changePresence(@PathParam("agentId") UUID agentId, PresenceRequest request) {
    return desk.changePresence(agentId, valid(request).toChange());
  }

  private PresenceRequest valid(PresenceRequest request) {
    return RequestValidation.requireValidBody(validator, request, "presence");
  }
}
