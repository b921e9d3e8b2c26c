package org.confidant.desk.domain;

/** A desk rule refuses the control; the message says why, in the agent's words. */
public class ControlNotAllowed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ControlNotAllowed(String message) {
    super(message);
  }
}
