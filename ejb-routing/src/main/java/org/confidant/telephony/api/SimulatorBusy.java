package org.confidant.telephony.api;

import jakarta.ejb.ApplicationException;

/** A run was asked for while another is going. */
@ApplicationException(rollback = true)
public class SimulatorBusy extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SimulatorBusy() {
    super("a simulator run is already going; stop it first");
  }
}
