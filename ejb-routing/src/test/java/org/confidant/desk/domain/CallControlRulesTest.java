package org.confidant.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.confidant.agents.domain.AgentState;
import org.confidant.telephony.api.CommandType;
import org.junit.jupiter.api.Test;

class CallControlRulesTest {

  private final UUID call = UUID.randomUUID();

  @Test
  void anAgentAnswersOnlyTheCallOfferedToThem() {
    assertThatCode(() -> CallControlRules.requireMayControl(AgentState.RESERVED, Optional.of(call), call,
        CommandType.ANSWER)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CallControlRules.requireMayControl(AgentState.ON_CALL, Optional.of(call), call,
        CommandType.ANSWER)).isInstanceOf(ControlNotAllowed.class).hasMessageContaining("RESERVED");
  }

  @Test
  void holdTransferAndTheRestNeedTheAgentOnTheCall() {
    for (CommandType type : new CommandType[] {CommandType.HOLD, CommandType.RESUME, CommandType.HANG_UP,
        CommandType.MUTE, CommandType.SEND_DTMF, CommandType.WARM_TRANSFER, CommandType.CONFERENCE}) {
      assertThatCode(() -> CallControlRules.requireMayControl(AgentState.ON_CALL, Optional.of(call), call, type))
          .doesNotThrowAnyException();
      assertThatThrownBy(() -> CallControlRules.requireMayControl(AgentState.RESERVED, Optional.of(call), call,
          type)).isInstanceOf(ControlNotAllowed.class);
    }
  }

  @Test
  void aCallTheAgentIsNotOnIsRefusedWhateverTheirState() {
    UUID another = UUID.randomUUID();
    assertThatThrownBy(() -> CallControlRules.requireMayControl(AgentState.ON_CALL, Optional.of(another), call,
        CommandType.HOLD)).isInstanceOf(ControlNotAllowed.class).hasMessageContaining("not on call");
    assertThatThrownBy(() -> CallControlRules.requireMayControl(AgentState.WRAP_UP, Optional.empty(), call,
        CommandType.HANG_UP)).isInstanceOf(ControlNotAllowed.class);
  }

  @Test
  void anAgentDialsOutWhenAvailableOrNotReadyOnly() {
    assertThatCode(() -> CallControlRules.requireMayDial(AgentState.AVAILABLE)).doesNotThrowAnyException();
    assertThatCode(() -> CallControlRules.requireMayDial(AgentState.NOT_READY)).doesNotThrowAnyException();
    for (AgentState busy : new AgentState[] {AgentState.ON_CALL, AgentState.RESERVED, AgentState.WRAP_UP,
        AgentState.LOGGED_OUT}) {
      assertThatThrownBy(() -> CallControlRules.requireMayDial(busy)).isInstanceOf(ControlNotAllowed.class);
    }
  }

  @Test
  void transferModesNameTheirCommands() {
    assertThat(CallControlRules.transferCommand("BLIND")).isEqualTo(CommandType.BLIND_TRANSFER);
    assertThat(CallControlRules.transferCommand("WARM")).isEqualTo(CommandType.WARM_TRANSFER);
  }
}
