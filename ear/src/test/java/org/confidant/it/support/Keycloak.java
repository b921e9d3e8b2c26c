package org.confidant.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The test Keycloak: user tokens (password + TOTP) and the admin API for users the tests create. */
public final class Keycloak {

  private Keycloak() {}

  /** An access token for a demo user, through the confidant-cli client (password and TOTP required). */
  public static String accessToken(String username) {
    String secret = TestEnvironment.demoTotpSecret(username);
    HttpResponse<String> response = passwordGrant(username, TestEnvironment.demoPassword(), Totp.freshCode(secret));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + response.body());
    }
    return Http.json(response).get("access_token").asText();
  }

  /** A direct-grant login through the confidant-cli client (password and TOTP), as scripts sign in; any answer. */
  public static HttpResponse<String> passwordGrant(String username, String password, String totp) {
    return Http.postForm(
        URI.create(TestEnvironment.keycloakUrl() + "/realms/confidant/protocol/openid-connect/token"),
        Map.of("grant_type", "password", "client_id", "confidant-cli", "username", username,
            "password", password, "totp", totp),
        null);
  }

  /** A token of the telephony client's service account (client credentials, as a PBX would get one). */
  public static String telephonyToken() {
    return clientCredentialsToken("confidant-telephony", TestEnvironment.secret("telephony-client-secret"));
  }

  /** A telephony client the test owns (like a newly integrated PBX): its client id and a service-account token. */
  public record TelephonyClient(String clientId, String token) {}

  public static TelephonyClient createTelephonyClient() {
    String clientId = "it-pbx-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = "It-" + UUID.randomUUID();
    String admin = adminToken();
    Map<String, Object> audience = Map.of("name", "confidant-console-audience", "protocol", "openid-connect",
        "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.client.audience", "confidant-console",
            "access.token.claim", "true", "id.token.claim", "false"));
    String id = create("/clients", Map.of("clientId", clientId, "enabled", true, "publicClient", false,
        "clientAuthenticatorType", "client-secret", "secret", secret, "serviceAccountsEnabled", true,
        "standardFlowEnabled", false, "directAccessGrantsEnabled", false, "protocolMappers", List.of(audience)),
        admin);
    String serviceAccount = Http.json(Http.get(adminUri("/clients/" + id + "/service-account-user"), admin))
        .get("id").asText();
    grantRealmRole(serviceAccount, "telephony", admin);
    return new TelephonyClient(clientId, clientCredentialsToken(clientId, secret));
  }

  private static String clientCredentialsToken(String clientId, String secret) {
    HttpResponse<String> response = Http.postForm(
        URI.create(TestEnvironment.keycloakUrl() + "/realms/confidant/protocol/openid-connect/token"),
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
        null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for client " + clientId + ": " + response.body());
    }
    return Http.json(response).get("access_token").asText();
  }

  private static String adminToken() {
    HttpResponse<String> response = Http.postForm(
        URI.create(TestEnvironment.keycloakUrl() + "/realms/master/protocol/openid-connect/token"),
        Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
            "password", TestEnvironment.secret("keycloak-admin-password")),
        null);
    return Http.json(response).get("access_token").asText();
  }

  /** A user the test owns: a fresh name, the given realm role, a password and a TOTP credential. */
  public record TestUser(String id, String username, String password, String totpSecret) {}

  public static TestUser createUser(String role) {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "It-" + UUID.randomUUID();
    String totpSecret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    String admin = adminToken();
    String id = create("/users", Map.of(
        "username", username, "enabled", true, "firstName", "Integration", "lastName", "Test",
        "email", username + "@test.confidant.invalid", "emailVerified", true,
        "credentials", List.of(
            Map.of("type", "password", "value", password, "temporary", false),
            Map.of("type", "otp", "userLabel", "test",
                "secretData", "{\"value\":\"" + totpSecret + "\"}",
                "credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                    + "\"algorithm\":\"HmacSHA1\"}"))), admin);
    grantRealmRole(id, role, admin);
    return new TestUser(id, username, password, totpSecret);
  }

  /**
   * Clears the required actions Keycloak gives a user created through its admin API (the realm's default action,
   * CONFIGURE_TOTP, even with a TOTP credential): without this, the direct-grant login answers "Account is not fully
   * set up".
   */
  public static void clearRequiredActions(String userId) {
    HttpResponse<String> updated = Http.send(HttpRequest.newBuilder(adminUri("/users/" + userId))
        .header("Authorization", "Bearer " + adminToken())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}"))
        .build());
    if (updated.statusCode() != 204) {
      throw new IllegalStateException("required actions not cleared: " + updated.statusCode());
    }
  }

  /** Keycloak's brute-force status of a user: {@code disabled} is true while the account is locked. */
  public static JsonNode bruteForceStatus(String userId) {
    return Http.json(Http.get(adminUri("/attack-detection/brute-force/users/" + userId), adminToken()));
  }

  /** Creates a realm resource (a user, a client) through the admin API and answers its id. */
  private static String create(String path, Map<String, Object> representation, String admin) {
    String body;
    try {
      body = Http.JSON.writeValueAsString(representation);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    HttpResponse<String> created = Http.send(HttpRequest.newBuilder(adminUri(path))
        .header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(path + ": not created: " + created.statusCode() + " " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void grantRealmRole(String userId, String role, String admin) {
    JsonNode roleRepresentation = Http.json(Http.get(adminUri("/roles/" + role), admin));
    Http.send(HttpRequest.newBuilder(adminUri("/users/" + userId + "/role-mappings/realm"))
        .header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("[" + roleRepresentation + "]"))
        .build());
  }

  private static URI adminUri(String path) {
    return URI.create(TestEnvironment.keycloakUrl() + "/admin/realms/confidant" + path);
  }
}
