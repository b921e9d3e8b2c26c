package org.confidant.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks that the OpenID provider answers its discovery document. The provider URL is the one the
 * {@code elytron-oidc-client} subsystem uses, passed to the server as {@code confidant.oidc.provider-url}.
 */
@ApplicationScoped
public class IdentityProviderProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject
  @ConfigProperty(name = "confidant.oidc.provider-url")
  String providerUrl;

  /** Returns null when the provider answers, else a short reason. */
  public String problem() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
        .timeout(TIMEOUT)
        .GET()
        .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200 ? null : "identity provider answered HTTP " + status;
    } catch (IOException e) {
      return "identity provider unreachable: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while asking the identity provider";
    }
  }

  public String providerUrl() {
    return providerUrl;
  }
}
