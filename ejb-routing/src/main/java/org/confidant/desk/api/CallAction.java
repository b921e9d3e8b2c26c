package org.confidant.desk.api;

/** The controls that need nothing but the call: each becomes the connector command of the same name. */
public enum CallAction {
  ANSWER, HANG_UP, HOLD, RESUME, MUTE, UNMUTE
}
