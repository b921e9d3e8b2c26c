package org.confidant.api.contacts;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.api.Cases;
import org.confidant.cases.api.NoteDraft;
import org.confidant.cases.api.NoteView;
import org.confidant.contacts.api.ContactDraft;
import org.confidant.contacts.api.ContactMatch;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.api.Contacts;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/contacts}: register, open (masked by role), replace (with the version loaded), search through the
 * blind indexes, and the contact's cases and notes. Agents and supervisors only: other roles read no PHI. A record
 * the caller has no routine access to answers 403 with how to break the glass: the same request with a reason in
 * the {@value #BREAK_GLASS_REASON} header, or {@code POST {id}/break-glass}.
 */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class ContactsResource {

  public static final String BREAK_GLASS_REASON = "Confidant-Break-Glass-Reason";

  @EJB Contacts contacts;

  @EJB Cases cases;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public Response register(ContactDraft draft) {
    ContactView created = contacts.register(RequestValidation.requireValidBody(validator, draft, "contact"));
    return Created.at(uriInfo, created.id(), created);
  }

  @GET
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<ContactMatch> search(@QueryParam("phone") String phone, @QueryParam("recordNumber") String recordNumber,
      @QueryParam("name") String name, @QueryParam("birthDate") String birthDate) {
    return RequestValidation.requireValid(validator, new ContactSearch(phone, recordNumber, name, birthDate))
        .by(contacts::findByPhone, contacts::findByRecordNumber, contacts::findByIdentity);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView contact(@PathParam("id") UUID id, @HeaderParam(BREAK_GLASS_REASON) String reason) {
    return contacts.contact(id, reason);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView update(@PathParam("id") UUID id, ContactDraft draft) {
    return contacts.update(id, RequestValidation.requireValidRevision(validator, draft, "contact"));
  }

  @POST
  @Path("{id}/break-glass")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public ContactView breakGlass(@PathParam("id") UUID id, BreakGlassRequest request) {
    return contacts.breakGlass(id, RequestValidation.requireValidBody(validator, request, "reason").reason());
  }

  @GET
  @Path("{id}/cases")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<CaseView> cases(@PathParam("id") UUID id, @HeaderParam(BREAK_GLASS_REASON) String reason) {
    return cases.ofContact(id, reason);
  }

  @GET
  @Path("{id}/notes")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<NoteView> notes(@PathParam("id") UUID id, @HeaderParam(BREAK_GLASS_REASON) String reason) {
    return cases.notes(id, reason);
  }

  @POST
  @Path("{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public Response addNote(@PathParam("id") UUID id, @HeaderParam(BREAK_GLASS_REASON) String reason,
      NoteDraft draft) {
    NoteView note = cases.addNote(id, RequestValidation.requireValidBody(validator, draft, "note"), reason);
    return Response.status(Response.Status.CREATED).entity(note).build();
  }
}
