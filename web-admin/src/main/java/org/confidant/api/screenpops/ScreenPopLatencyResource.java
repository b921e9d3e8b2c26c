package org.confidant.api.screenpops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.confidant.console.agent.PopLatency;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/screen-pops/latency}: how fast pops left this server since the last reset — from a QUEUED event
 * entering the API to the OFFER frame leaving for the agent's socket (p50/p95/p99/max ms, frames/s). Counts and
 * times only, no PHI.
 */
@Path("/screen-pops/latency")
@Produces(MediaType.APPLICATION_JSON)
public class ScreenPopLatencyResource {

  @Inject PopLatency latency;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public PopLatency.Figures figures() {
    return latency.figures();
  }

  @DELETE
  @RolesAllowed(Roles.ADMIN)
  public Response reset() {
    latency.reset();
    return Response.noContent().build();
  }
}
