package org.confidant.console;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * A console socket's handshake check: refuses a user who is signed out or has none of the roles, so the socket never
 * opens for another role even if the console's security constraint changed. Subclasses name the roles.
 */
public abstract class SocketRoleGate extends ServerEndpointConfig.Configurator {

  private final String refusal;
  private final List<String> roles;

  protected SocketRoleGate(String refusal, String... roles) {
    this.refusal = refusal;
    this.roles = List.of(roles);
  }

  @Override
  public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    if (request.getUserPrincipal() == null || roles.stream().noneMatch(request::isUserInRole)) {
      throw new SecurityException(refusal);
    }
  }
}
