package org.confidant.telephony.api;

import jakarta.ejb.Local;

/** Starts, watches and stops the simulated phone system. One run at a time. */
@Local
public interface Simulator {

  SimulationStatus start(SimulationSettings settings);

  SimulationStatus status();

  SimulationStatus stop();
}
