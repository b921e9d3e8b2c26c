package org.confidant.api.telephony;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confidant.calls.api.EventReceipt;
import org.confidant.calls.api.TelephonyEventIntake;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;

/**
 * {@code POST /api/v1/telephony/events}: one call event per request. Answers what the event did (APPLIED,
 * DUPLICATE, HELD, REJECTED) — a duplicate or a rejected event is not an error of the request, so it is a 200.
 */
@Path("/telephony/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TelephonyEventsResource {

  @EJB TelephonyEventIntake intake;

  @Inject Validator validator;

  @POST
  @RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
  public EventReceipt post(TelephonyEventRequest request) {
    return intake.receive(RequestValidation.requireValidBody(validator, request, "event").toEvent());
  }
}
