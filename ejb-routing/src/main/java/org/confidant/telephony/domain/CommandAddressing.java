package org.confidant.telephony.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Which connector a command goes to: the one it names; else the one the call's events came from; else the only
 * active connector, when there is exactly one. With several connectors and a call none of them reported, there is
 * no safe guess: the command is refused rather than sent to the wrong phone system.
 */
public final class CommandAddressing {

  private CommandAddressing() {}

  public static Optional<UUID> connectorFor(UUID named, Optional<UUID> callsConnector, Supplier<List<UUID>> active) {
    if (named != null) {
      return Optional.of(named);
    }
    if (callsConnector.isPresent()) {
      return callsConnector;
    }
    List<UUID> candidates = active.get();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}
