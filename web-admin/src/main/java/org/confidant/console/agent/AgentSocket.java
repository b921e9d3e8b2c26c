package org.confidant.console.agent;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.confidant.console.SocketRoleGate;
import org.confidant.identity.Roles;

/**
 * The agent desktop's push channel. Only agents open it: the console's security constraint refuses anyone else
 * before the upgrade, and the handshake checks the role again. The socket is bound to the signed-in user's own agent
 * record (closed at once if they have none). Nothing is read from the client: call controls are REST.
 */
@ServerEndpoint(value = "/console/agent/socket", configurator = AgentSocket.AgentsOnly.class)
public class AgentSocket {

  @Inject AgentHub hub;

  @OnOpen
  public void open(Session session) {
    hub.join(session);
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    hub.leave(session);
  }

  @OnError
  public void failed(Session session, Throwable error) {
    hub.leave(session);
  }

  /** Refuses the handshake of a user who is not an agent. */
  public static class AgentsOnly extends SocketRoleGate {

    public AgentsOnly() {
      super("the agent desktop is for agents", Roles.AGENT);
    }
  }
}
