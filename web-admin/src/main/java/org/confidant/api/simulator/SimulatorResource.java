package org.confidant.api.simulator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.SimulationStatus;
import org.confidant.telephony.api.Simulator;

/** {@code /api/v1/simulator/runs}: start a run, watch the current one, stop it. */
@Path("/simulator/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SimulatorResource {

  @EJB Simulator simulator;

  @Inject Validator validator;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(SimulationRequest request) {
    SimulationRequest asked = Objects.requireNonNullElseGet(request, SimulationRequest::defaults);
    RequestValidation.requireValid(validator, asked);
    return Response.status(Response.Status.ACCEPTED).entity(simulator.start(asked.toSettings())).build();
  }

  @GET
  @Path("current")
  public SimulationStatus current() {
    return found(simulator.status());
  }

  @DELETE
  @Path("current")
  public SimulationStatus stop() {
    return found(simulator.stop());
  }

  private static SimulationStatus found(SimulationStatus status) {
    if (status == null) {
      throw new NotFoundException("no simulator run yet");
    }
    return status;
  }
}
