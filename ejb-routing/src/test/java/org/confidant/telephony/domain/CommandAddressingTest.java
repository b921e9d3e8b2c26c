package org.confidant.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandAddressingTest {

  private final UUID named = UUID.randomUUID();
  private final UUID callsOwn = UUID.randomUUID();
  private final UUID onlyOne = UUID.randomUUID();

  @Test
  void aNamedConnectorWins() {
    assertThat(CommandAddressing.connectorFor(named, Optional.of(callsOwn), () -> List.of(onlyOne)))
        .contains(named);
  }

  @Test
  void elseTheConnectorTheCallsEventsCameFrom() {
    assertThat(CommandAddressing.connectorFor(null, Optional.of(callsOwn), () -> List.of(onlyOne, named)))
        .contains(callsOwn);
  }

  @Test
  void elseTheOnlyActiveConnector() {
    assertThat(CommandAddressing.connectorFor(null, Optional.empty(), () -> List.of(onlyOne))).contains(onlyOne);
  }

  @Test
  void noGuessAmongSeveralOrNone() {
    assertThat(CommandAddressing.connectorFor(null, Optional.empty(), () -> List.of(onlyOne, named))).isEmpty();
    assertThat(CommandAddressing.connectorFor(null, Optional.empty(), List::of)).isEmpty();
  }
}
