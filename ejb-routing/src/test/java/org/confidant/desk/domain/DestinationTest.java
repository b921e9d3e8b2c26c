package org.confidant.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DestinationTest {

  private final UUID agent = UUID.randomUUID();
  private final UUID me = UUID.randomUUID();

  @Test
  void anAgentIsRungAtTheirExtensionAndNamedInTheParameters() {
    Destination destination = Destination.agent(agent, "1002");
    assertThat(destination.target()).isEqualTo("1002");
    assertThat(destination.parametersFrom(me))
        .containsEntry("agentId", agent.toString()).containsEntry("fromAgentId", me.toString());
  }

  @Test
  void anAgentWithoutAnExtensionCannotBeRung() {
    assertThatThrownBy(() -> Destination.agent(agent, " ")).isInstanceOf(ControlNotAllowed.class);
  }

  @Test
  void aQueueIsNamedByItsIdAndANumberAsItIs() {
    UUID queue = UUID.randomUUID();
    assertThat(Destination.queue(queue).target()).isEqualTo("queue:" + queue);
    assertThat(Destination.number("+441632960123").target()).isEqualTo("+441632960123");
    assertThat(Destination.number("+441632960123").parametersFrom(me)).containsOnlyKeys("fromAgentId");
  }
}
