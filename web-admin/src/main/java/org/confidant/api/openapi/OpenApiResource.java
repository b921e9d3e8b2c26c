package org.confidant.api.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/**
 * {@code GET /api/v1/openapi.yaml}: the OpenAPI 3.1 description of the API, for integrators. Public like any
 * published API contract: it describes the interface, never data.
 */
@Path("/openapi.yaml")
public class OpenApiResource {

  static final String MEDIA_TYPE = "application/yaml";

  @GET
  @PermitAll
  @Produces(MEDIA_TYPE)
  public InputStream description() {
    InputStream yaml = OpenApiResource.class.getResourceAsStream("openapi.yaml");
    if (yaml == null) {
      throw new NotFoundException("the OpenAPI description is missing from this build");
    }
    return yaml;
  }
}
