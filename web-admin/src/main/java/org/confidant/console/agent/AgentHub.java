package org.confidant.console.agent;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.confidant.screenpop.api.AgentCallView;
import org.confidant.screenpop.api.AgentCalls;
import org.confidant.screenpop.api.AgentDesktopSnapshot;
import org.confidant.screenpop.api.PresenceState;

/**
 * This server's agent sockets, by agent, and the calls on their desktops. Every server of a cluster hears every
 * routing, agent and call event (non-durable topic subscriptions) and sends only to the sockets it holds, so a pop is
 * built — and audited — only where an agent is there to see it.
 */
@ApplicationScoped
public class AgentHub {

  private static final Logger LOG = Logger.getLogger(AgentHub.class.getName());
  private static final String AGENT = "agentId";

  private final Map<UUID, Set<Session>> sockets = new ConcurrentHashMap<>();
  /** The calls on this server's desktops (state only), by agent: whom a call's change concerns. */
  private final Map<UUID, Map<UUID, AgentCallView>> desktops = new ConcurrentHashMap<>();
  // Fields the agent may not see are null, never left out (the frame contract).
  private final Jsonb json = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @EJB AgentCalls agentCalls;

  @Inject PopLatency latency;

  /** A socket opened: bound to the signed-in user's agent record, sent the desktop as of now. */
  public void join(Session session) {
    Principal user = session.getUserPrincipal();
    Optional<AgentDesktopSnapshot> snapshot = user == null ? Optional.empty() : agentCalls.snapshotOf(user.getName());
    if (snapshot.isEmpty()) {
      close(session, "no agent record for this user");
      return;
    }
    UUID agentId = snapshot.get().agentId();
    session.getUserProperties().put(AGENT, agentId);
    sockets.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(session);
    desktops.put(agentId, new ConcurrentHashMap<>());
    snapshot.get().calls().forEach(call -> remember(agentId, call));
    sendFrame(session, new Frames.Snapshot(snapshot.get().presence(), snapshot.get().calls()));
  }

  public void leave(Session session) {
    Object agentId = session.getUserProperties().get(AGENT);
    if (agentId != null) {
      sockets.computeIfPresent((UUID) agentId, (id, open) -> {
        open.remove(session);
        if (open.isEmpty()) {
          desktops.remove(id);
          return null;
        }
        return open;
      });
    }
  }

  /**
   * Routing offered the call to the agent: the pop goes to their desktop if it is open here. {@code onArrival}: in
   * the decision that queued the call (no wait in line), the case whose latency {@link PopLatency} measures.
   */
  public void offered(UUID callId, UUID agentId, boolean onArrival) {
    if (!sockets.containsKey(agentId)) {
      return;
    }
    agentCalls.offered(callId, agentId).ifPresent(call -> {
      remember(agentId, call);
      if (sendToAgent(agentId, new Frames.Offer(call))) {
        latency.popSent(callId, onArrival);
      }
    });
  }

  /**
   * The call changed (answered, held, transferred, ended, offer withdrawn): every desktop here that shows it — and
   * that of {@code agentId}, the agent routing names (may be null) — gets its state as that agent sees it.
   */
  public void callChanged(UUID callId, UUID agentId) {
    Set<UUID> agents = new HashSet<>();
    desktops.forEach((agent, calls) -> {
      if (calls.containsKey(callId)) {
        agents.add(agent);
      }
    });
    if (agentId != null && sockets.containsKey(agentId)) {
      agents.add(agentId);
    }
    agents.forEach(agent -> agentCalls.call(callId, agent).ifPresent(call -> {
      if ("ENDED".equals(call.state())) {
        Optional.ofNullable(desktops.get(agent)).ifPresent(calls -> calls.remove(callId));
      } else {
        remember(agent, call);
      }
      sendToAgent(agent, new Frames.Call(call));
    }));
  }

  /** The agent's presence changed: their desktop shows it, and a call they were wrapping up ends there. */
  public void presenceChanged(UUID agentId, PresenceState presence) {
    if (!sockets.containsKey(agentId)) {
      return;
    }
    sendToAgent(agentId, new Frames.Presence(presence));
    if (!"WRAP_UP".equals(presence.state())) {
      desktops.getOrDefault(agentId, Map.of()).values().stream().filter(call -> "WRAP_UP".equals(call.state()))
          .map(AgentCallView::callId).toList().forEach(callId -> callChanged(callId, agentId));
    }
  }

  private void remember(UUID agentId, AgentCallView call) {
    Map<UUID, AgentCallView> calls = desktops.get(agentId);
    if (calls == null) {
      return; // the agent's last socket closed meanwhile
    }
    calls.put(call.callId(), call.withoutPop()); // which calls and their state: no PHI is kept here
  }

  /** Whether a frame left for at least one of the agent's sockets. */
  private boolean sendToAgent(UUID agentId, Object frame) {
    Set<Session> open = sockets.get(agentId);
    if (open == null) {
      return false;
    }
    String text = json.toJson(frame);
    boolean sent = false;
    for (Session session : open) {
      sent |= send(session, text);
    }
    return sent;
  }

  private boolean sendFrame(Session session, Object frame) {
    return send(session, json.toJson(frame));
  }

  private boolean send(Session session, String text) {
    if (!session.isOpen()) {
      leave(session);
      return false;
    }
    try {
      // One sender at a time per socket: an offer and a presence change may otherwise interleave.
      synchronized (session) {
        session.getBasicRemote().sendText(text);
      }
      return true;
    } catch (IOException | IllegalStateException gone) {
      leave(session);
      LOG.fine(() -> "Agent socket dropped: " + gone.getMessage());
      return false;
    }
  }

  private static void close(Session session, String why) {
    try {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
    } catch (IOException ignored) {
      // already gone
    }
  }

  @PreDestroy
  void closeJson() {
    try {
      json.close();
    } catch (Exception ignored) {
      // nothing held that matters at shutdown
    }
  }
}
