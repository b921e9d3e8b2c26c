package org.confidant.telephony.api;

import java.util.Set;

/** A connector to register: its name, the Keycloak client it authenticates as, its callback and commands. */
public record ConnectorSpec(String name, String clientId, String callbackUrl, Set<CommandType> commands) {

  public ConnectorSpec {
    commands = commands == null ? Set.of() : Set.copyOf(commands);
  }
}
