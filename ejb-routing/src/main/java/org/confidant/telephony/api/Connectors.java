package org.confidant.telephony.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The connector registry, for admins. Every change is audited; secrets are answered only when issued. */
@Local
public interface Connectors {

  ConnectorCredentials register(ConnectorSpec spec);

  List<ConnectorView> list();

  ConnectorView get(UUID id);

  ConnectorCredentials rotateSecret(UUID id);

  /** Changes the callback and commands if the connector is still at {@code version} (else a CONFLICT). */
  ConnectorView change(UUID id, long version, String callbackUrl, Set<CommandType> commands);

  ConnectorView deactivate(UUID id);

  /** Sends the connector a {@link CommandType#PING}: proves the callback and the signature set-up work. */
  UUID ping(UUID id);

  List<CommandView> deadCommands();

  /** Gives a dead command a fresh set of delivery attempts. */
  CommandView replay(UUID commandId);
}
