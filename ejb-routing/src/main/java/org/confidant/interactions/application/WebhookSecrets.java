package org.confidant.interactions.application;

import com.google.crypto.tink.Aead;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.confidant.interactions.infrastructure.WebhookSubscriptionEntity;
import org.confidant.telephony.domain.SigningSecret;
import org.confidant.vault.FieldAddress;
import org.confidant.vault.FieldSeal;
import org.confidant.vault.KeyKind;
import org.confidant.vault.SystemKeys;
import org.confidant.vault.Vault;

/**
 * Webhook signing secrets, stored encrypted under the vault's system key {@code webhook-secret} (KEK rotation
 * rewraps it with the other system keys). A secret is opened only to sign a delivery.
 */
@Stateless
@PermitAll
public class WebhookSecrets {

  static final String KEY_NAME = "webhook-secret";

  @Inject Vault vault;

  @Inject SystemKeys systemKeys;

  /** A new secret: the plain value (to answer once) and what is stored for the subscription. */
  public record Issued(String secret, byte[] sealed) {}

  public Issued issue(UUID subscriptionId) {
    String secret = SigningSecret.generate();
    return new Issued(secret, new FieldSeal(aead()).seal(secretOf(subscriptionId), secret));
  }

  public String open(WebhookSubscriptionEntity subscription) {
    return new FieldSeal(aead()).open(secretOf(subscription.getId()), subscription.encryptedSecret());
  }

  private Aead aead() {
    return vault.fieldCipher(systemKeys.named(KEY_NAME, KeyKind.FIELD));
  }

  private static FieldAddress secretOf(UUID subscriptionId) {
    return new FieldAddress("webhook_subscription", "signing_secret", subscriptionId);
  }
}
