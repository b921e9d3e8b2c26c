package org.confidant.audit.logins.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confidant.audit.logins.domain.IdentityEvent;
import org.confidant.identity.IdentityProviderProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the realm's user events through Keycloak's admin API ({@code GET /admin/realms/{realm}/events}) as the
 * {@code confidant-audit-events} client, whose service account holds nothing but {@code view-events}. Its secret is
 * read from a file in the secrets directory (the launcher creates it and gives the same value to Keycloak's realm
 * import), never from the configuration or the repository.
 */
@ApplicationScoped
public class KeycloakEventFeed {

  static final String CLIENT_ID = "confidant-audit-events";
  static final String SECRET_FILE = "audit-events-client-secret";
  private static final int PAGE = 500;
  private static final int MAX_PAGES = 40;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject IdentityProviderProbe identityProvider;

  @Inject
  @ConfigProperty(name = "confidant.secrets-dir")
  Optional<String> secretsDir;

  @Inject
  @ConfigProperty(name = "confidant.audit.events-client-secret-file")
  Optional<String> secretFile;

  private HttpClient http;

  @PostConstruct
  void connect() {
    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** Whether the client secret is there to read events with (an installation without it imports nothing). */
  public boolean configured() {
    return secretPath().map(Files::isReadable).orElse(false);
  }

  /** Every event from this time on (inclusive), oldest first, up to {@code PAGE × MAX_PAGES} per call. */
  public List<IdentityEvent> since(Instant from) {
    String token = accessToken();
    List<IdentityEvent> events = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonArray batch = readArray(get(eventsUri(from, page * PAGE), token));
      batch.forEach(value -> events.add(KeycloakEvents.toIdentityEvent(value.asJsonObject())));
      if (batch.size() < PAGE) {
        break;
      }
    }
    return events;
  }

  /** Where the events come from: the realm's admin API, which names the import cursor's row. */
  public String source() {
    return RealmUrls.of(identityProvider.providerUrl()).adminBase();
  }

  private URI eventsUri(Instant from, int first) {
    return URI.create(source() + "/events?dateFrom=" + from.toEpochMilli() + "&direction=asc&first=" + first
        + "&max=" + PAGE);
  }

  private String accessToken() {
    String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
        + URLEncoder.encode(readSecret(), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(RealmUrls.of(identityProvider.providerUrl()).tokenEndpoint()))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    JsonObject answer = readObject(send(request, "token"));
    return answer.getString("access_token");
  }

  private String get(URI uri, String token) {
    return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json").GET().build(), "events");
  }

  /** The body of a 200 answer; any other status fails the import (the status only: bodies may echo input). */
  private String send(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IdentityProviderUnavailable("Keycloak answered " + response.statusCode() + " to the " + what
            + " request");
      }
      return response.body();
    } catch (IOException e) {
      throw new IdentityProviderUnavailable("Keycloak could not be reached for the " + what + " request: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderUnavailable("interrupted while reading Keycloak's " + what);
    }
  }

  private String readSecret() {
    Path path = secretPath().orElseThrow(() -> new IdentityProviderUnavailable("no secrets directory configured"));
    try {
      return Files.readString(path).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the audit events client secret cannot be read", e);
    }
  }

  private Optional<Path> secretPath() {
    return secretFile.map(Path::of).or(() -> secretsDir.map(dir -> Path.of(dir, SECRET_FILE)));
  }

  private static JsonArray readArray(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  private static JsonObject readObject(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** JSON null and absent read the same. */
  static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
  }
}
