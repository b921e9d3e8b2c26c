package org.confidant.api.interactions;

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
import org.confidant.interactions.api.DispositionCodeDraft;
import org.confidant.interactions.api.DispositionCodeView;
import org.confidant.interactions.api.DispositionCodes;

/** {@code /api/v1/disposition-codes}: admins change them; agents and supervisors read them. PUT carries the version. */
@Path("/disposition-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispositionCodesResource {

  private static final String WHAT = "disposition code";

  @EJB DispositionCodes codes;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public List<DispositionCodeView> list() {
    return codes.allDispositionCodes();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public DispositionCodeView get(@PathParam("id") UUID id) {
    return codes.dispositionCode(id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Response create(DispositionCodeDraft draft) {
    DispositionCodeView created = codes.create(RequestValidation.requireValidBody(validator, draft, WHAT));
    return Created.at(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public DispositionCodeView update(@PathParam("id") UUID id, DispositionCodeDraft draft) {
    return codes.update(id, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public void delete(@PathParam("id") UUID id) {
    codes.delete(id);
  }
}
