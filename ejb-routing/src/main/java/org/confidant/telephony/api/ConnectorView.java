package org.confidant.telephony.api;

import java.util.List;
import java.util.UUID;

/** A registered connector as admins see it: never its signing secret. */
public record ConnectorView(
    UUID id, String name, String clientId, String callbackUrl, List<CommandType> commands, boolean active,
    long version) {}
