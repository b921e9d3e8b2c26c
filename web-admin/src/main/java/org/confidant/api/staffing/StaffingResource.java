package org.confidant.api.staffing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.reporting.api.Staffing;
import org.confidant.reporting.api.StaffingAnswer;

/** {@code POST /api/v1/staffing/erlang-c}: the agents an interval's forecast needs for a service level target. */
@Path("/staffing")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingResource {

  @EJB Staffing staffing;

  @Inject Validator validator;

  @POST
  @Path("erlang-c")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingAnswer erlangC(ErlangCRequest request) {
    return staffing.erlangC(RequestValidation.requireValidBody(validator, request, "staffing question").toQuestion());
  }
}
