package org.confidant.telephony.simulator;

import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.domain.CallEvent;

/** Where the simulated phone system reports call events (in the server: the call ledger). */
public interface CallEventsPort {

  /** Posts one event; returns what it did (APPLIED, DUPLICATE, HELD, REJECTED). */
  String post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail);
}
