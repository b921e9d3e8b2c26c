package org.confidant.health;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;

/** Unauthenticated on purpose: probes must work without a token, and they reveal no data. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

  @Inject @Any Instance<DependencyProbe> probes;

  /** Answers as long as the application is deployed and serving; dependencies are not its business. */
  @GET
  @Path("/live")
  public HealthReport live() {
    return HealthReport.of(List.of());
  }

  /** 200 when every dependency answers, 503 with the failing ones named otherwise. */
  @GET
  @Path("/ready")
  public Response ready() {
    HealthReport report = HealthReport.of(probes.stream()
        .sorted(Comparator.comparing(DependencyProbe::name))
        .map(HealthReport::probe)
        .toList());
    return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }
}
