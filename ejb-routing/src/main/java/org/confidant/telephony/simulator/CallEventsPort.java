package org.confidant.telephony.simulator;

import java.time.Instant;
import java.util.UUID;
import org.confidant.calls.domain.CallEvent;

/**
 * Where the simulated phone system reports call events (in the server: the call ledger). Events may be buffered
 * until {@link #flush}, which applies them in the order posted — in the server, in one transaction.
 */
public interface CallEventsPort {

  void post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail);

  /** Applies everything posted since the last flush; returns how many events were rejected. */
  int flush();
}
