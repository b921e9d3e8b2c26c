package org.confidant.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** HTTP to the test server (trusting only this installation's certificate) and to Keycloak. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .sslContext(trustingTheInstanceCertificate())
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private Http() {}

  public static HttpResponse<String> get(URI uri, String bearerToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Accept", "application/json");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.GET().build());
  }

  public static HttpResponse<String> postForm(URI uri, Map<String, String> form, String bearerToken) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public static HttpResponse<String> postJson(URI uri, String json, String bearerToken) {
    return sendJson("POST", uri, json, bearerToken, Map.of());
  }

  /** A JSON POST with more headers (a signature, an idempotency key). */
  public static HttpResponse<String> postJson(URI uri, String json, String bearerToken, Map<String, String> headers) {
    return sendJson("POST", uri, json, bearerToken, headers);
  }

  public static HttpResponse<String> putJson(URI uri, String json, String bearerToken) {
    return sendJson("PUT", uri, json, bearerToken, Map.of());
  }

  private static HttpResponse<String> sendJson(String method, URI uri, String json, String bearerToken,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    headers.forEach(request::header);
    withBearer(request, bearerToken);
    return send(request.method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public static HttpResponse<String> delete(URI uri, String bearerToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Accept", "application/json");
    withBearer(request, bearerToken);
    return send(request.DELETE().build());
  }

  private static void withBearer(HttpRequest.Builder request, String bearerToken) {
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
  }

  public static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A request whose answer is binary (media, a zip); the request says its own headers and body. */
  public static HttpResponse<byte[]> sendForBytes(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return CLIENT.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** A WebSocket to the test server (wss), authenticated by the bearer token in its handshake. */
  public static java.net.http.WebSocket openWebSocket(URI uri, String bearerToken,
      java.net.http.WebSocket.Listener listener) {
    URI wss = URI.create(uri.toString().replaceFirst("^https:", "wss:"));
    return CLIENT.newWebSocketBuilder().header("Authorization", "Bearer " + bearerToken)
        .connectTimeout(Duration.ofSeconds(10)).buildAsync(wss, listener).join();
  }

  private static SSLContext trustingTheInstanceCertificate() {
    try (InputStream in = Files.newInputStream(TestEnvironment.home().resolve("secrets/tls.p12"))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, TestEnvironment.secret("tls-keystore-password").toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust the test instance's certificate", e);
    }
  }
}
