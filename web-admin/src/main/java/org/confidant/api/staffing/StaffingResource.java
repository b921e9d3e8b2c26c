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

/**
 * {@code POST /api/v1/staffing/erlang-c} and {@code …/erlang-a}: the agents an interval's forecast needs for a
 * service level target — Erlang C assuming callers never hang up, Erlang A given how patient they are.
 */
@Path("/staffing")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingResource {

  @EJB Staffing staffing;

  @Inject Validator validator;

  @POST
  @Path("erlang-c")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingAnswer erlangC(StaffingRequest request) {
    return staffing.erlangC(RequestValidation.requireValidBody(validator, request, "staffing question").toQuestion());
  }

  @POST
  @Path("erlang-a")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingAnswer erlangA(StaffingRequest request) {
    return staffing.erlangA(RequestValidation.requireValidBody(validator, request, "staffing question",
        StaffingRequest.ErlangA.class).toQuestion());
  }
}
