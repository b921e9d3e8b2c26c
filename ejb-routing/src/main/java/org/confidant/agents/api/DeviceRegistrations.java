package org.confidant.agents.api;

import jakarta.ejb.Local;

/**
 * Telephony systems report agents' phones (by extension) registering and unregistering: registration is the
 * device's presence for the agent, and an agent whose phone disappears goes not ready.
 */
@Local
public interface DeviceRegistrations {

  /** Returns the presence of the agent at that extension after the change. */
  PresenceView deviceChanged(String extension, boolean registered);
}
