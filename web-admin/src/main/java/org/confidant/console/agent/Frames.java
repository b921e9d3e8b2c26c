package org.confidant.console.agent;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.confidant.screenpop.api.AgentCallView;
import org.confidant.screenpop.api.PresenceState;

/** The frames of the agent socket (docs/screen-pop.md); every frame names its {@code type}. */
public final class Frames {

  private Frames() {}

  @JsonbPropertyOrder({"type", "presence", "calls"})
  public record Snapshot(String type, PresenceState presence, List<AgentCallView> calls) {
    Snapshot(PresenceState presence, List<AgentCallView> calls) {
      this("SNAPSHOT", presence, calls);
    }
  }

  @JsonbPropertyOrder({"type", "call"})
  public record Offer(String type, AgentCallView call) {
    Offer(AgentCallView call) {
      this("OFFER", call);
    }
  }

  @JsonbPropertyOrder({"type", "call"})
  public record Call(String type, AgentCallView call) {
    Call(AgentCallView call) {
      this("CALL", call);
    }
  }

  @JsonbPropertyOrder({"type", "presence"})
  public record Presence(String type, PresenceState presence) {
    Presence(PresenceState presence) {
      this("PRESENCE", presence);
    }
  }
}
