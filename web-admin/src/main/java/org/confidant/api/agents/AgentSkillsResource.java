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
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.routing.api.AgentSkills;
import org.confidant.routing.api.AgentSkillsDraft;
import org.confidant.routing.api.AgentSkillsView;

/**
 * {@code /api/v1/agents/{id}/skills}: an agent's whole skill set; PUT replaces it and carries the agent's version.
 * Routing uses the new set at once, also for a logged-in agent.
 */
@Path("/agents/{id}/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentSkillsResource {

  private static final String WHAT = "skill set";

  @EJB AgentSkills agentSkills;

  @Inject Validator validator;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public AgentSkillsView get(@PathParam("id") UUID agentId) {
    return agentSkills.skillsOf(agentId);
  }

  @PUT
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public AgentSkillsView replace(@PathParam("id") UUID agentId, AgentSkillsDraft draft) {
    return agentSkills.replace(agentId, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }
}
