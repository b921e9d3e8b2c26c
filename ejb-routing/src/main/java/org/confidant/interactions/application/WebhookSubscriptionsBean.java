package org.confidant.interactions.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.WebhookDeliveryView;
import org.confidant.interactions.api.WebhookSubscriptionDraft;
import org.confidant.interactions.api.WebhookSubscriptionIssued;
import org.confidant.interactions.api.WebhookSubscriptionView;
import org.confidant.interactions.api.WebhookSubscriptions;
import org.confidant.interactions.infrastructure.WebhookDeliveryEntity;
import org.confidant.interactions.infrastructure.WebhookSubscriptionEntity;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.InvalidConfiguration;
import org.confidant.routing.application.ConfigurationEdits;
import org.confidant.telephony.domain.CallbackUrl;

@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookSubscriptionsBean implements WebhookSubscriptions {

  private static final String WHAT = "webhook subscription";
  private static final String RESOURCE = "webhook-subscription";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB WebhookSecrets secrets;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.ADMIN)
  public List<WebhookSubscriptionView> allSubscriptions() {
    return entityManager.createQuery("select s from WebhookSubscriptionEntity s order by s.createdAt",
        WebhookSubscriptionEntity.class).getResultStream().map(WebhookSubscriptionEntity::toView).toList();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public WebhookSubscriptionIssued subscribe(WebhookSubscriptionDraft draft) {
    UUID id = UUID.randomUUID();
    WebhookSecrets.Issued secret = secrets.issue(id);
    WebhookSubscriptionEntity subscription = new WebhookSubscriptionEntity(id, secret.sealed());
    subscription.define(validUrl(draft), draft.eventTypes(), draft.activeOrDefault());
    entityManager.persist(subscription);
    ConfigurationEdits.save(entityManager, "The webhook subscription");
    audit.record("webhook-subscription.created", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return new WebhookSubscriptionIssued(subscription.toView(), secret.secret());
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public WebhookSubscriptionView update(UUID id, WebhookSubscriptionDraft draft) {
    WebhookSubscriptionEntity subscription = found(entityManager, WebhookSubscriptionEntity.class, id, WHAT);
    ConfigurationEdits.requireVersion(entityManager, subscription, draft.version(), "The webhook subscription");
    subscription.define(validUrl(draft), draft.eventTypes(), draft.activeOrDefault());
    ConfigurationEdits.save(entityManager, "The webhook subscription");
    audit.record("webhook-subscription.updated", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return subscription.toView();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void unsubscribe(UUID id) {
    WebhookSubscriptionEntity subscription = found(entityManager, WebhookSubscriptionEntity.class, id, WHAT);
    subscription.define(subscription.url(), subscription.toView().eventTypes(), false);
    audit.record("webhook-subscription.deactivated", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public List<WebhookDeliveryView> deadDeliveries() {
    return entityManager.createQuery("select d from WebhookDeliveryEntity d where d.status = 'FAILED'"
            + " order by d.createdAt", WebhookDeliveryEntity.class)
        .setMaxResults(500).getResultStream().map(WebhookDeliveryEntity::toView).toList();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public WebhookDeliveryView replay(UUID deliveryId) {
    WebhookDeliveryEntity delivery = found(entityManager, WebhookDeliveryEntity.class, deliveryId,
        "webhook delivery");
    if (!delivery.isDead()) {
      throw new ConfigurationConflict("Only a dead (FAILED) delivery can be replayed.");
    }
    delivery.replay(clock.instant());
    audit.record("webhook-delivery.replayed", "webhook-delivery", deliveryId.toString(), AuditOutcome.SUCCESS);
    return delivery.toView();
  }

  private static String validUrl(WebhookSubscriptionDraft draft) {
    try {
      return CallbackUrl.require(draft.url()).toString();
    } catch (IllegalArgumentException invalid) {
      throw new InvalidConfiguration(List.of(new InvalidConfiguration.FieldProblem("url",
          invalid.getMessage().replace("callback", "webhook"))));
    }
  }
}
