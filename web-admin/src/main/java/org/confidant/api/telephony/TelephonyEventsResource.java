package org.confidant.api.telephony;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.console.agent.PopLatency;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.ConnectorIntake;

/**
 * {@code POST /api/v1/telephony/events}: one call event per request. Answers what the event did (APPLIED,
 * DUPLICATE, HELD, REJECTED) — a duplicate or a rejected event is not an error of the request, so it is a 200.
 * A registered connector signs its requests ({@link ConnectorSignatureFilter}); an {@code Idempotency-Key} makes a
 * retried request answer what the first one did, marked {@code Idempotent-Replayed: true}.
 */
@Path("/telephony/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TelephonyEventsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  @EJB ConnectorIntake intake;

  @Inject Validator validator;

  @Context HttpServletRequest servletRequest;

  @Inject PopLatency popLatency;

  @POST
  @ConnectorSigned
  @RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
  public Response post(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, TelephonyEventRequest request) {
    TelephonyEventRequest event = RequestValidation.requireValidBody(validator, request, "event");
    if ("QUEUED".equals(event.type())) {
      popLatency.entered(event.callId()); // where the screen pop's latency starts (docs/screen-pop.md)
    }
    ConnectorIntake.Receipt receipt = intake.receive(new ConnectorIntake.Delivery(
        (UUID) servletRequest.getAttribute(ConnectorSignatureFilter.CONNECTOR_PROPERTY), idempotencyKey,
        (byte[]) servletRequest.getAttribute(ConnectorSignatureFilter.BODY_PROPERTY), event.toEvent()));
    Response.ResponseBuilder ok = Response.ok(receipt.receipt());
    return receipt.replayed() ? ok.header(REPLAYED, "true").build() : ok.build();
  }
}
