package org.confidant.console.wallboard;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confidant.wallboard.api.Wallboard;

/**
 * The wallboard's open sockets and what they are sent: a snapshot when one opens, and a fresh snapshot, shared by
 * all, after the floor changed — paced by {@link PushPacing} to at most one push per {@value #PUSH_GAP_MILLIS} ms.
 */
@ApplicationScoped
public class WallboardHub {

  static final long PUSH_GAP_MILLIS = 250;
  private static final Logger LOG = Logger.getLogger(WallboardHub.class.getName());

  private final Set<Session> watchers = ConcurrentHashMap.newKeySet();
  private final PushPacing pacing = new PushPacing(PUSH_GAP_MILLIS);
  private final Jsonb json = JsonbBuilder.create();

  @EJB Wallboard wallboard;

  @Resource ManagedScheduledExecutorService scheduler;

  public void watch(Session session) {
    watchers.add(session);
    send(session, snapshot());
  }

  public void leave(Session session) {
    watchers.remove(session);
  }

  /** Something on the floor changed (an agent's state, a call's place in routing): push soon. */
  public void changed() {
    if (watchers.isEmpty()) {
      return;
    }
    pacing.changed(nowMillis()).ifPresent(delay -> scheduler.schedule(this::push, delay, TimeUnit.MILLISECONDS));
  }

  private void push() {
    pacing.pushing(nowMillis());
    try {
      String snapshot = snapshot();
      watchers.forEach(session -> send(session, snapshot));
    } catch (RuntimeException failed) {
      // The next change pushes again; a board a little behind beats a dead scheduler thread.
      LOG.log(Level.WARNING, "Wallboard snapshot failed: " + failed.getClass().getSimpleName(), failed);
    }
  }

  private String snapshot() {
    return json.toJson(wallboard.snapshot());
  }

  private void send(Session session, String snapshot) {
    if (!session.isOpen()) {
      watchers.remove(session);
      return;
    }
    try {
      // One sender at a time per socket: a push and a socket's first snapshot may otherwise interleave.
      synchronized (session) {
        session.getBasicRemote().sendText(snapshot);
      }
    } catch (IOException | IllegalStateException gone) {
      watchers.remove(session);
      LOG.fine(() -> "Wallboard socket dropped: " + gone.getMessage());
    }
  }

  private static long nowMillis() {
    return System.nanoTime() / 1_000_000;
  }

  @PreDestroy
  void close() {
    try {
      json.close();
    } catch (Exception ignored) {
      // nothing held that matters at shutdown
    }
  }
}
