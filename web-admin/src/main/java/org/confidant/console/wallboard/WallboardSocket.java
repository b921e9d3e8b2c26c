package org.confidant.console.wallboard;

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
 * The wallboard's push channel. Only supervisors and admins open it: the console's security constraint refuses
 * anyone else before the upgrade (403), and the handshake checks the signed-in user's roles again, so the socket
 * never opens for another role even if the constraint changed. Nothing is read from the client.
 */
@ServerEndpoint(value = "/console/wallboard/socket", configurator = WallboardSocket.SupervisorsOnly.class)
public class WallboardSocket {

  @Inject WallboardHub hub;

  @OnOpen
  public void open(Session session) {
    hub.watch(session);
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    hub.leave(session);
  }

  @OnError
  public void failed(Session session, Throwable error) {
    hub.leave(session);
  }

  /** Refuses the handshake of a user who is neither supervisor nor admin. */
  public static class SupervisorsOnly extends SocketRoleGate {

    public SupervisorsOnly() {
      super("the wallboard is for supervisors and admins", Roles.SUPERVISOR, Roles.ADMIN);
    }
  }
}
