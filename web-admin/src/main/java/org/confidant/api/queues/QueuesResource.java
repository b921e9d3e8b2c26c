package org.confidant.api.queues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.confidant.api.Created;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueView;

/**
 * {@code /api/v1/queues}: queues with their escalation steps and overflow, replaced whole by PUT (which carries the
 * version it loaded). A change reaches the live router as soon as it commits.
 */
@Path("/queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueuesResource {

  private static final String WHAT = "queue";

  @EJB QueueDirectory queues;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<QueueView> list() {
    return queues.allQueues();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public QueueView get(@PathParam("id") UUID id) {
    return queues.queue(id);
  }

  @POST
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response create(QueueDraft draft) {
    QueueView created = queues.create(RequestValidation.requireValidBody(validator, draft, WHAT));
    return Created.at(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public QueueView update(@PathParam("id") UUID id, QueueDraft draft) {
    return queues.update(id, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(@PathParam("id") UUID id) {
    queues.delete(id);
  }
}
