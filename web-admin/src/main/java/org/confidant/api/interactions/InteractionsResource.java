package org.confidant.api.interactions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.DispositionChoice;
import org.confidant.interactions.api.InteractionLinks;
import org.confidant.interactions.api.InteractionView;
import org.confidant.interactions.api.Interactions;
import org.confidant.interactions.api.NoteDraft;
import org.confidant.interactions.api.NoteView;

/**
 * {@code /api/v1/interactions}: supervisors search the call log; the agents of a call (or a supervisor) read it and
 * give it a disposition, notes and links. Every read and change is audited.
 */
@Path("/interactions")
@Produces(MediaType.APPLICATION_JSON)
public class InteractionsResource {

  @EJB Interactions interactions;

  @Inject Validator validator;

  /** Offered in [from, to) (ISO-8601 instants; default: the last 24 hours), newest first. */
  @GET
  @RolesAllowed(Roles.SUPERVISOR)
  public List<InteractionView> search(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("queue") UUID queue, @QueryParam("agent") UUID agent,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
    Instant until = instant(to, "to", Instant.now());
    return interactions.search(instant(from, "from", until.minusSeconds(86_400)), until, queue, agent, page, size);
  }

  @GET
  @Path("{callId}")
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView get(@PathParam("callId") UUID callId) {
    return interactions.interaction(callId);
  }

  @PUT
  @Path("{callId}/disposition")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView disposition(@PathParam("callId") UUID callId, DispositionChoice choice) {
    return interactions.choose(callId, RequestValidation.requireValidBody(validator, choice, "disposition"));
  }

  @POST
  @Path("{callId}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public Response addNote(@PathParam("callId") UUID callId, NoteDraft note) {
    NoteView added = interactions.addNote(callId, RequestValidation.requireValidBody(validator, note, "note"));
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @PUT
  @Path("{callId}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView links(@PathParam("callId") UUID callId, InteractionLinks links) {
    return interactions.link(callId, RequestValidation.requireValidBody(validator, links, "links"));
  }

  private static Instant instant(String value, String name, Instant otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-25T09:00:00Z");
    }
  }
}
