package org.confidant.api.ivr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.BusinessHoursCatalogue;
import org.confidant.ivr.api.BusinessHoursDraft;
import org.confidant.ivr.api.BusinessHoursView;

/** {@code /api/v1/business-hours}: the calendars IVR hours checks consult; refused (422) with every error. */
@Path("/business-hours")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class BusinessHoursResource {

  @EJB BusinessHoursCatalogue catalogue;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<BusinessHoursView> list() {
    return catalogue.calendars();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response get(@PathParam("id") UUID id) {
    BusinessHoursView calendar = catalogue.calendar(id);
    return EntityTags.ok(calendar, calendar.version());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(BusinessHoursDraft draft) {
    BusinessHoursView created = catalogue.create(valid(draft));
    return EntityTags.created(uriInfo, created.id(), created, created.version());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response update(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BusinessHoursDraft draft) {
    long version = EntityTags.versionIn(ifMatch);
    BusinessHoursView updated = catalogue.update(id, version, valid(draft));
    return EntityTags.ok(updated, updated.version());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalogue.delete(id, EntityTags.versionIn(ifMatch));
    return Response.noContent().build();
  }

  private BusinessHoursDraft valid(BusinessHoursDraft draft) {
    return RequestValidation.requireValid(validator, EntityTags.required(draft));
  }
}
