package org.confidant.telephony.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * POSTs a signed command to a connector's callback. Success is any 2xx; anything else (a status, a timeout, a
 * refused connection) is described in a few words for the outbox — never with the response body, which the
 * connector controls and may echo call data.
 */
public final class CommandWebhook {

  public static final String SIGNATURE_HEADER = "Confidant-Signature";
  public static final String COMMAND_ID_HEADER = "Confidant-Command-Id";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(3))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private CommandWebhook() {}

  /** Empty when the connector accepted the command, else why not. */
  public static Optional<String> post(URI callback, UUID commandId, String payload, String signature) {
    return post(callback, COMMAND_ID_HEADER, commandId, payload, signature);
  }

  /**
   * The same signed POST for any outbox (webhook subscriptions too): {@code idHeader} names the header carrying
   * the id receivers deduplicate by.
   */
  public static Optional<String> post(URI callback, String idHeader, UUID id, String payload, String signature) {
    HttpRequest request = HttpRequest.newBuilder(callback)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header(SIGNATURE_HEADER, signature)
        .header(idHeader, id.toString())
        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
        .build();
    try {
      int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? Optional.empty() : Optional.of("the callback answered HTTP " + status);
    } catch (IOException e) {
      return Optional.of("the callback could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("delivery interrupted");
    }
  }
}
