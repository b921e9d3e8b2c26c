package org.confidant.api.skills;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.routing.api.SkillCatalog;
import org.confidant.routing.api.SkillDraft;
import org.confidant.routing.api.SkillView;

/** {@code /api/v1/skills}: the skills agents have and queues ask for. PUT carries the version it loaded. */
@Path("/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillsResource {

  private static final String WHAT = "skill";

  @EJB SkillCatalog skills;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<SkillView> list() {
    return skills.allSkills();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SkillView get(@PathParam("id") UUID id) {
    return skills.skill(id);
  }

  @POST
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(SkillDraft draft) {
    SkillView created = skills.create(RequestValidation.requireValidBody(validator, draft, WHAT));
    return Created.at(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SkillView update(@PathParam("id") UUID id, SkillDraft draft) {
    return skills.update(id, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(@PathParam("id") UUID id) {
    skills.delete(id);
  }
}
