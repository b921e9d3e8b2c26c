package org.confidant.interactions.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.confidant.interactions.api.WebhookSubscriptionView;
import org.confidant.persistence.VersionedEntity;

/** Where interaction events are posted. Its secret is stored encrypted and leaves only to sign, or once at issue. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity extends VersionedEntity {

  @Column(nullable = false, length = 2048)
  private String url;

  @Column(name = "event_types", nullable = false, length = 512)
  private String eventTypes;

  @Column(name = "signing_secret", nullable = false)
  private byte[] signingSecret;

  @Column(nullable = false)
  private boolean active;

  protected WebhookSubscriptionEntity() {}

  public WebhookSubscriptionEntity(UUID id, byte[] encryptedSecret) {
    super(id);
    this.signingSecret = encryptedSecret.clone();
  }

  public void define(String newUrl, List<String> newEventTypes, boolean isActive) {
    this.url = newUrl;
    this.eventTypes = String.join(",", newEventTypes.stream().sorted().distinct().toList());
    this.active = isActive;
  }

  public boolean wants(String eventType) {
    return active && Arrays.asList(eventTypes.split(",")).contains(eventType);
  }

  public boolean isActive() {
    return active;
  }

  public String url() {
    return url;
  }

  public byte[] encryptedSecret() {
    return signingSecret.clone();
  }

  public WebhookSubscriptionView toView() {
    return new WebhookSubscriptionView(getId(), url, List.of(eventTypes.split(",")), active, getVersion());
  }
}
