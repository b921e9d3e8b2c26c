package org.confidant.api.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.api.contacts.ContactsResource;
import org.confidant.cases.api.CaseChange;
import org.confidant.cases.api.CaseDraft;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.api.Cases;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/cases}: open a case on a contact, read it, change its status, owner and team (with the version
 * loaded). Needs access to the contact, routine or by breaking the glass, as the contact's own resource does.
 */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @EJB Cases cases;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public Response open(@HeaderParam(ContactsResource.BREAK_GLASS_REASON) String reason, CaseDraft draft) {
    CaseView opened = cases.open(RequestValidation.requireValidBody(validator, draft, "case"), reason);
    return Created.at(uriInfo, opened.id(), opened);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public CaseView caseFile(@PathParam("id") UUID id, @HeaderParam(ContactsResource.BREAK_GLASS_REASON) String reason) {
    return cases.caseFile(id, reason);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public CaseView change(@PathParam("id") UUID id, CaseChange change) {
    return cases.change(id, RequestValidation.requireValidBody(validator, change, "case change"));
  }
}
