package org.confidant.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.confidant.identity.Roles;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR})
public class MeResource {

  /** The caller's user name and Confidant roles. */
  public record Me(String username, List<String> roles) {}

  @GET
  public Me me(@Context SecurityContext security) {
    List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).sorted().toList();
    return new Me(security.getUserPrincipal().getName(), roles);
  }
}
