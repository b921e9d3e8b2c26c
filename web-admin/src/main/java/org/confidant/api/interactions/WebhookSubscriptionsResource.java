package org.confidant.api.interactions;

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
import org.confidant.interactions.api.WebhookDeliveryView;
import org.confidant.interactions.api.WebhookSubscriptionDraft;
import org.confidant.interactions.api.WebhookSubscriptionIssued;
import org.confidant.interactions.api.WebhookSubscriptionView;
import org.confidant.interactions.api.WebhookSubscriptions;

/**
 * {@code /api/v1/webhook-subscriptions}: where interaction events are POSTed, signed. The signing secret is answered
 * once, on creation. Dead deliveries are listed and replayed under {@code dead-deliveries}.
 */
@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookSubscriptionsResource {

  private static final String WHAT = "webhook subscription";

  @EJB WebhookSubscriptions subscriptions;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed(Roles.ADMIN)
  public List<WebhookSubscriptionView> list() {
    return subscriptions.allSubscriptions();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response subscribe(WebhookSubscriptionDraft draft) {
    WebhookSubscriptionIssued issued = subscriptions.subscribe(
        RequestValidation.requireValidBody(validator, draft, WHAT));
    return Created.at(uriInfo, issued.subscription().id(), issued);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public WebhookSubscriptionView update(@PathParam("id") UUID id, WebhookSubscriptionDraft draft) {
    return subscriptions.update(id, RequestValidation.requireValidRevision(validator, draft, WHAT));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public void unsubscribe(@PathParam("id") UUID id) {
    subscriptions.unsubscribe(id);
  }

  @GET
  @Path("dead-deliveries")
  @RolesAllowed(Roles.ADMIN)
  public List<WebhookDeliveryView> deadDeliveries() {
    return subscriptions.deadDeliveries();
  }

  @POST
  @Path("dead-deliveries/{deliveryId}/replay")
  @RolesAllowed(Roles.ADMIN)
  public WebhookDeliveryView replay(@PathParam("deliveryId") UUID deliveryId) {
    return subscriptions.replay(deliveryId);
  }
}
