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
import org.confidant.agents.api.DeviceRegistrations;
import org.confidant.agents.api.PresenceView;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;

/**
 * {@code POST /api/v1/telephony/devices}: an agent's phone registered or unregistered; answers their presence. A
 * registered connector signs these like its call events.
 */
@Path("/telephony/devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceEventsResource {

  @EJB DeviceRegistrations registrations;

  @Inject Validator validator;

  @POST
  @ConnectorSigned
  @RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
  public PresenceView post(DeviceEventRequest request) {
    DeviceEventRequest event = RequestValidation.requireValidBody(validator, request, "device event");
    return registrations.deviceChanged(event.extension(), event.registered());
  }
}
