package org.confidant.api.legalholds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.recordings.application.LegalHolds;
import org.confidant.recordings.domain.LegalHold;

/**
 * {@code /api/v1/legal-holds}: place (POST), list (GET, {@code ?standing=true} for those still blocking purges),
 * ask for a release ({@code POST /{id}/release-request}) and approve it ({@code POST /{id}/release-approval}, by
 * someone else than who asked: the same person is refused with 403).
 */
@Path("/legal-holds")
@Produces(MediaType.APPLICATION_JSON)
public class LegalHoldsResource {

  @EJB LegalHolds holds;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response place(LegalHoldRequest request) {
    RequestValidation.requireValidBody(validator, request, "legal hold");
    LegalHold hold = holds.place(request.subject(), request.reference());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(hold.id().toString()).build()).entity(hold).build();
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR})
  public List<LegalHold> list(@QueryParam("standing") boolean standingOnly) {
    return holds.list(standingOnly);
  }

  @POST
  @Path("{id}/release-request")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public LegalHold requestRelease(@PathParam("id") UUID id) {
    return holds.requestRelease(id);
  }

  @POST
  @Path("{id}/release-approval")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public LegalHold approveRelease(@PathParam("id") UUID id) {
    return holds.approveRelease(id);
  }
}
