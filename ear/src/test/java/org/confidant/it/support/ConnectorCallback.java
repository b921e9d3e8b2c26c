package org.confidant.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector's command callback inside the test JVM (loopback, random port): records every request and answers
 * each path with the status the test sets (204 unless told otherwise).
 */
public final class ConnectorCallback implements AutoCloseable {

  /** One request as the connector received it. */
  public record Received(String path, String signature, String commandId, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();

  public ConnectorCallback() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public void answer(String path, int status) {
    statusByPath.put(path, status);
  }

  public List<Received> receivedAt(String path) {
    return received.stream().filter(request -> request.path().equals(path)).toList();
  }

  /** The first request carrying the command id, waiting up to {@code patience} for it. */
  public Received await(String commandId, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      for (Received request : received) {
        if (commandId.equals(request.commandId())) {
          return request;
        }
      }
      Database.pause(Duration.ofMillis(100));
    }
    throw new AssertionError("command " + commandId + " did not arrive within " + patience);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(new Received(path, exchange.getRequestHeaders().getFirst("Confidant-Signature"),
        exchange.getRequestHeaders().getFirst("Confidant-Command-Id"), new String(body, StandardCharsets.UTF_8)));
    exchange.sendResponseHeaders(statusByPath.getOrDefault(path, 204), -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
