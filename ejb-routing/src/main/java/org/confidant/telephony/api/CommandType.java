package org.confidant.telephony.api;

/**
 * What Confidant can ask a connector's phone system to do. A connector declares the types it supports;
 * {@link #PING} (a reachability check of the callback, about no call) is supported by every connector.
 */
public enum CommandType {
  ANSWER,
  HANG_UP,
  HOLD,
  RESUME,
  BLIND_TRANSFER,
  WARM_TRANSFER,
  CONFERENCE,
  /** The agent's microphone off (the caller hears nothing) / on again. */
  MUTE,
  UNMUTE,
  /** Play DTMF tones into the call: {@code parameters.digits}, 0-9 * # A-D (e.g. to drive a far IVR). */
  SEND_DTMF,
  /** Click-to-call: the connector places a new call, so there is no call id yet. */
  DIAL,
  /** IVR: play a prompt and collect digits. */
  PLAY_AND_COLLECT,
  START_RECORDING,
  PAUSE_RECORDING,
  RESUME_RECORDING,
  STOP_RECORDING,
  /** Ring the reserved agent's device or extension. */
  DELIVER_TO_AGENT,
  PING;

  /** Whether a command of this type is about an existing call. */
  public boolean needsCall() {
    return this != DIAL && this != PING;
  }
}
