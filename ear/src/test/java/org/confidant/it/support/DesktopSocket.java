package org.confidant.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** An agent desktop's push socket ({@code /console/agent/socket}), opened with the agent's bearer token. */
public final class DesktopSocket implements AutoCloseable {

  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final List<JsonNode> seen = new ArrayList<>();
  private final WebSocket socket;

  private DesktopSocket(String agentToken) {
    socket = Http.openWebSocket(TestEnvironment.publicUrl("/console/agent/socket"), agentToken, new Frames());
  }

  public static DesktopSocket open(String agentToken) {
    return new DesktopSocket(agentToken);
  }

  /** The first frame (from now) that meets the condition; fails when none comes in time. */
  public JsonNode await(Predicate<JsonNode> condition, Duration patience) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      JsonNode frame = frames.poll(Duration.between(Instant.now(), deadline).toMillis() + 1, TimeUnit.MILLISECONDS);
      if (frame == null) {
        break;
      }
      seen.add(frame);
      if (condition.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("no such frame within " + patience + "; seen: " + seen);
  }

  /** Every frame taken so far, in order. */
  public List<JsonNode> seen() {
    return List.copyOf(seen);
  }

  public static Predicate<JsonNode> ofType(String type) {
    return frame -> type.equals(frame.path("type").asText());
  }

  public static Predicate<JsonNode> aboutCall(String type, Object callId, String state) {
    return frame -> ofType(type).test(frame) && callId.toString().equals(frame.path("call").path("callId").asText())
        && (state == null || state.equals(frame.path("call").path("state").asText()));
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }

  /** Collects text frames (a frame may come in parts). */
  private final class Frames implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(Http.JSON.readTree(partial.toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
