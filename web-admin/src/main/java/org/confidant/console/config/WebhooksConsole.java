package org.confidant.console.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.confidant.api.RequestValidation;
import org.confidant.interactions.api.WebhookDeliveryView;
import org.confidant.interactions.api.WebhookSubscriptionDraft;
import org.confidant.interactions.api.WebhookSubscriptionView;
import org.confidant.interactions.api.WebhookSubscriptions;

/**
 * Backs console/config/webhooks.xhtml (admins only, as the WebhookSubscriptions bean): subscriptions, a new one's
 * signing secret shown once, deactivation, and the dead deliveries with a replay each.
 */
@Named
@ViewScoped
public class WebhooksConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The event types a subscription may ask for (the draft's pattern). */
  private static final List<String> EVENT_TYPES = List.of("InteractionCompleted", "InteractionUpdated");

  @EJB WebhookSubscriptions subscriptions;

  @Inject transient Validator validator;

  private List<WebhookSubscriptionView> subscribed;
  private List<WebhookDeliveryView> dead;
  private String url;
  private List<String> eventTypes = new ArrayList<>(EVENT_TYPES);
  /** A new subscription's secret, shown once: the next change or reload of the lists forgets it. */
  private String issuedSecret;

  @PostConstruct
  void load() {
    subscribed = subscriptions.allSubscriptions();
    dead = subscriptions.deadDeliveries();
    issuedSecret = null;
  }

  public void subscribe() {
    WebhookSubscriptionDraft draft = new WebhookSubscriptionDraft(url, List.copyOf(eventTypes), true, null);
    String[] secret = new String[1];
    if (ConfigurationChanges.attempt(faces(), "Subscribed " + url + ".", () -> secret[0] = subscriptions.subscribe(
        RequestValidation.requireValidBody(validator, draft, "webhook subscription")).signingSecret()).done()) {
      url = null;
      load();
      issuedSecret = secret[0];
    }
  }

  /** Deactivates it: no more deliveries; those made stay for the record. */
  public void deactivate(WebhookSubscriptionView subscription) {
    ConfigurationChanges.attempt(faces(), "Deactivated " + subscription.url() + ".",
        () -> subscriptions.unsubscribe(subscription.id()));
    load();
  }

  /** The dead delivery is attempted again from now, with a fresh set of attempts. */
  public void replay(WebhookDeliveryView delivery) {
    ConfigurationChanges.attempt(faces(), "Delivery " + delivery.id() + " will be attempted again.",
        () -> subscriptions.replay(delivery.id()));
    load();
  }

  public String eventsText(WebhookSubscriptionView subscription) {
    return String.join(", ", subscription.eventTypes());
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  public List<WebhookSubscriptionView> getSubscriptions() {
    return subscribed;
  }

  public List<WebhookDeliveryView> getDeadDeliveries() {
    return dead;
  }

  public List<String> getAllEventTypes() {
    return EVENT_TYPES;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes;
  }
}
