package org.confidant.api.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.contacts.api.Contacts;
import org.confidant.contacts.api.OrganisationDraft;
import org.confidant.contacts.api.OrganisationView;
import org.confidant.identity.Roles;

/** {@code /api/v1/organisations}: the organisations contacts belong to (not PHI). */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @EJB Contacts contacts;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public List<OrganisationView> list() {
    return contacts.organisations();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response register(OrganisationDraft draft) {
    OrganisationView created = contacts.register(
        RequestValidation.requireValidBody(validator, draft, "organisation"));
    return Created.at(uriInfo, created.id(), created);
  }
}
