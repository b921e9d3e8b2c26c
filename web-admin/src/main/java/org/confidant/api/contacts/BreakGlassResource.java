package org.confidant.api.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confidant.api.RequestValidation;
import org.confidant.contacts.api.BreakGlassEvent;
import org.confidant.contacts.api.Contacts;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/break-glass}: the latest break-glass accesses (who, which contact, when, why), newest first, for
 * supervisors and auditors. No PHI: the contact by id, the reason as its author stated it.
 */
@Path("/break-glass")
@Produces(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

  @EJB Contacts contacts;

  @Inject Validator validator;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public List<BreakGlassEvent> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
    return contacts.breakGlassEvents(RequestValidation.requireValid(validator, new Page(limit)).limit());
  }

  /** How many events to list. */
  public record Page(@Min(1) @Max(500) int limit) {}
}
