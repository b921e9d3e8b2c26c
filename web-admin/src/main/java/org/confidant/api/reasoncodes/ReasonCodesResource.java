package org.confidant.api.reasoncodes;

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
import org.confidant.agents.api.ReasonCodeDraft;
import org.confidant.agents.api.ReasonCodeView;
import org.confidant.agents.api.ReasonCodes;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;

/** {@code /api/v1/reason-codes}: admins change them, supervisors read them. PUT carries the version it loaded. */
@Path("/reason-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReasonCodesResource {

  private static final String WHAT = "reason code";

  @EJB ReasonCodes reasonCodes;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<ReasonCodeView> list() {
    return reasonCodes.allReasonCodes();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public ReasonCodeView get(@PathParam("id") UUID id) {
    return reasonCodes.reasonCode(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Response create(ReasonCodeDraft draft) {
    ReasonCodeView created = reasonCodes.create(RequestValidation.requireValidBody(validator, draft, WHAT));
    return Created.at(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public ReasonCodeView update(@PathParam("id") UUID id, ReasonCodeDraft draft) {
    return reasonCodes.update(id, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public void delete(@PathParam("id") UUID id) {
    reasonCodes.delete(id);
  }
}
