package org.confidant.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A PBX registered as a connector for one test class: its own Keycloak client, a command callback in the test JVM,
 * and signed event posting. Close it after the class.
 */
public final class RegisteredPbx implements AutoCloseable {

  private static final URI EVENTS = TestEnvironment.publicUrl("/api/v1/telephony/events");

  private final ConnectorCallback callback = new ConnectorCallback();
  private final Keycloak.TelephonyClient client = Keycloak.createTelephonyClient();
  private final String secret;

  /** Registers the PBX, taking the command types given, with its callback at {@code path}. */
  public RegisteredPbx(String path, List<String> commands) {
    String connector = "{\"name\":\"PBX " + client.clientId() + "\",\"clientId\":\"" + client.clientId()
        + "\",\"callbackUrl\":\"" + callback.url(path) + "\",\"commands\":["
        + String.join(",", commands.stream().map(type -> "\"" + type + "\"").toList()) + "]}";
    HttpResponse<String> registered = Http.postJson(TestEnvironment.publicUrl("/api/v1/connectors"), connector,
        Keycloak.accessToken("demo.admin"));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    secret = Http.json(registered).get("signingSecret").asText();
  }

  public ConnectorCallback callback() {
    return callback;
  }

  /** Posts a signed event ({@code extra}: more JSON members, e.g. {@code "routing":{…}}) and expects it applied. */
  public JsonNode post(UUID call, long sequence, String type, String detail, String extra) {
    String body = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\"" + (detail == null ? "" : ",\"detail\":\"" + detail + "\"")
        + (extra == null ? "" : "," + extra) + "}";
    HttpResponse<String> response = Http.postJson(EVENTS, body, client.token(),
        Map.of("Confidant-Signature", Signatures.header(secret, body, Instant.now())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("outcome").asText()).as(response.body()).isEqualTo("APPLIED");
    return Http.json(response);
  }

  /** The call's commands of the type as stored for delivery, oldest first. */
  public static List<JsonNode> commands(UUID call, String type) throws SQLException {
    return Database.column("SELECT payload FROM connector_command WHERE call_id = ? AND type = '" + type + "'"
        + " ORDER BY created_at", call).stream().map(RegisteredPbx::parse).toList();
  }

  public static JsonNode parse(String json) {
    try {
      return Http.JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  @Override
  public void close() {
    callback.close();
  }
}
