package org.confidant.calls.api;

import jakarta.ejb.Local;

/** Applies telephony events to calls: in order, once each, never half. */
@Local
public interface TelephonyEventIntake {

  EventReceipt receive(TelephonyEvent event);
}
