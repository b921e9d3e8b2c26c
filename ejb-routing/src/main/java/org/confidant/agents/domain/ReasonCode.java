package org.confidant.agents.domain;

import java.util.Objects;

/**
 * Why an agent is not ready. Supervisors configure their own (break, training, admin work); the system uses the
 * constants below for states it puts agents in itself.
 */
public record ReasonCode(String code) {

  public static final ReasonCode LOGGED_IN = new ReasonCode("LOGGED_IN");
  /** Redirection on no answer: an offered call rang out. */
  public static final ReasonCode RONA = new ReasonCode("RONA");
  public static final ReasonCode DEVICE_UNREGISTERED = new ReasonCode("DEVICE_UNREGISTERED");
  public static final ReasonCode RECONCILED = new ReasonCode("RECONCILED");

  public ReasonCode {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
      throw new IllegalArgumentException("a reason code is 1-32 capital letters, digits or _: " + code);
    }
  }
}
