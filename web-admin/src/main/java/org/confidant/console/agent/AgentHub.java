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
  /** The calls on this server's desktops, as last sent: a withdrawn offer is sent back ended. */
  private final Map<UUID, AgentCallView> calls = new ConcurrentHashMap<>();
  private final Map<UUID, UUID> agentOfCall = new ConcurrentHashMap<>();
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
    snapshot.get().calls().forEach(call -> remember(agentId, call));
    sendFrame(session, new Frames.Snapshot(snapshot.get().presence(), snapshot.get().calls()));
  }

  public void leave(Session session) {
    Object agentId = session.getUserProperties().get(AGENT);
    if (agentId != null) {
      sockets.computeIfPresent((UUID) agentId, (id, open) -> {
        open.remove(session);
        return open.isEmpty() ? null : open;
      });
    }
  }

  /** Routing offered the call to the agent: the pop goes to their desktop if it is open here. */
  public void offered(UUID callId, UUID agentId) {
    if (!sockets.containsKey(agentId)) {
      return;
    }
    agentCalls.offered(callId, agentId).ifPresent(call -> {
      remember(agentId, call);
      if (sendToAgent(agentId, new Frames.Offer(call))) {
        latency.popSent(callId);
      }
    });
  }

  /**
   * The call changed (answered, held, transferred, ended, offer withdrawn): its agent's desktop gets its state.
   * {@code agentId} null: the agent whose desktop shows it here.
   */
  public void callChanged(UUID callId, UUID agentId) {
    UUID agent = agentId != null && sockets.containsKey(agentId) ? agentId : agentOfCall.get(callId);
    if (agent == null || !sockets.containsKey(agent)) {
      return;
    }
    Optional<AgentCallView> now = agentCalls.call(callId, agent);
    AgentCallView shown = now.orElseGet(() -> ended(calls.get(callId)));
    if (shown == null) {
      return;
    }
    if ("ENDED".equals(shown.state())) {
      forget(callId);
    } else {
      remember(agent, shown);
    }
    sendToAgent(agent, new Frames.Call(shown));
  }

  /** The agent's presence changed: their desktop shows it, and a call they wrapped up ends there. */
  public void presenceChanged(UUID agentId, PresenceState presence) {
    if (!sockets.containsKey(agentId)) {
      return;
    }
    sendToAgent(agentId, new Frames.Presence(presence));
    calls.values().stream().filter(call -> "WRAP_UP".equals(call.state()) && agentId.equals(agentOfCall.get(call.callId())))
        .map(AgentCallView::callId).toList().forEach(callId -> callChanged(callId, agentId));
  }

  private void remember(UUID agentId, AgentCallView call) {
    AgentCallView kept = calls.get(call.callId());
    // CALL frames come without the pop: keep the one the desktop was offered.
    calls.put(call.callId(), call.pop() == null && kept != null && kept.pop() != null
        ? new AgentCallView(call.callId(), call.state(), call.queue(), call.direction(), call.offeredAt(),
            call.waitedSeconds(), call.interactionId(), kept.pop())
        : call);
    agentOfCall.put(call.callId(), agentId);
  }

  private void forget(UUID callId) {
    calls.remove(callId);
    agentOfCall.remove(callId);
  }

  /** The call as last shown, now over for this agent (the offer went elsewhere, or the call left routing). */
  private static AgentCallView ended(AgentCallView last) {
    return last == null ? null : new AgentCallView(last.callId(), "ENDED", last.queue(), last.direction(),
        last.offeredAt(), last.waitedSeconds(), last.interactionId(), null);
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
