package org.confidant.api.queues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confidant.identity.Roles;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueView;

@Path("/queues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class QueuesResource {

  @EJB QueueDirectory queues;

  @GET
  public List<QueueView> list() {
    return queues.allQueues();
  }
}
