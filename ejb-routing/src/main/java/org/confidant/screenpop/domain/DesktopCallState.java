package org.confidant.screenpop.domain;

/**
 * A call's state as the agent's desktop names it, from where routing has it and what the phone system last said:
 * offered → RINGING; connected → TALKING, or HELD while on hold; over → WRAP_UP while the agent wraps it up, else
 * ENDED.
 */
public enum DesktopCallState {
  RINGING, TALKING, HELD, WRAP_UP, ENDED;

  /**
   * @param routingStatus the routed call's status (WAITING, OFFERED, CONNECTED, OVERFLOWED, FINISHED)
   * @param callState the call's own state (HELD while on hold)
   * @param agentWrapsItUp whether the agent is in wrap-up for this call
   */
  public static DesktopCallState of(String routingStatus, String callState, boolean agentWrapsItUp) {
    return switch (routingStatus) {
      case "OFFERED" -> RINGING;
      case "CONNECTED" -> "HELD".equals(callState) ? HELD : TALKING;
      default -> agentWrapsItUp ? WRAP_UP : ENDED;
    };
  }
}
