package org.confidant.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.confidant.audit.logins.application.LoginEventImport;
import org.confidant.audit.logins.application.LoginImportStatus;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/audit/login-imports}: the import of Keycloak's login events into the trail — run it now instead of
 * waiting for its schedule, or see how it is doing. Admins and auditors.
 */
@Path("/audit/login-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class LoginImportsResource {

  @EJB LoginEventImport logins;

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public Map<String, Integer> importNow() {
    return Map.of("imported", logins.importNow());
  }

  @GET
  @Path("status")
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public LoginImportStatus status() {
    return logins.status();
  }
}
