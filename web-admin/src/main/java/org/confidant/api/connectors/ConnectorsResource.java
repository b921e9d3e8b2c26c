package org.confidant.api.connectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.CommandView;
import org.confidant.telephony.api.ConnectorCredentials;
import org.confidant.telephony.api.ConnectorView;
import org.confidant.telephony.api.Connectors;

/**
 * {@code /api/v1/connectors}: the telephony systems that post events and receive commands. A signing secret is
 * answered once — on registration and on rotation — and never again.
 */
@Path("/connectors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ConnectorsResource {

  @EJB Connectors connectors;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response register(ConnectorRegistration registration) {
    RequestValidation.requireValid(validator, required(registration));
    ConnectorCredentials issued = connectors.register(registration.toSpec());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.connector().id().toString()).build())
        .entity(issued)
        .build();
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  public List<ConnectorView> list() {
    return connectors.list();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public ConnectorView get(@PathParam("id") UUID id) {
    return connectors.get(id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public ConnectorView change(@PathParam("id") UUID id, ConnectorChange change) {
    RequestValidation.requireValid(validator, required(change));
    return connectors.change(id, change.version(), change.callbackUrl(), change.commands());
  }

  @POST
  @Path("{id}/rotate-secret")
  @RolesAllowed(Roles.ADMIN)
  public ConnectorCredentials rotateSecret(@PathParam("id") UUID id) {
    return connectors.rotateSecret(id);
  }

  @POST
  @Path("{id}/deactivate")
  @RolesAllowed(Roles.ADMIN)
  public ConnectorView deactivate(@PathParam("id") UUID id) {
    return connectors.deactivate(id);
  }

  /** Sends the connector a PING command: shows that its callback receives and verifies signed commands. */
  @POST
  @Path("{id}/test-command")
  @RolesAllowed(Roles.ADMIN)
  public Response testCommand(@PathParam("id") UUID id) {
    return Response.accepted(Map.of("commandId", connectors.ping(id))).build();
  }

  @GET
  @Path("dead-commands")
  @RolesAllowed(Roles.ADMIN)
  public List<CommandView> deadCommands() {
    return connectors.deadCommands();
  }

  @POST
  @Path("dead-commands/{commandId}/replay")
  @RolesAllowed(Roles.ADMIN)
  public CommandView replay(@PathParam("commandId") UUID commandId) {
    return connectors.replay(commandId);
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("no request body");
    }
    return body;
  }
}
