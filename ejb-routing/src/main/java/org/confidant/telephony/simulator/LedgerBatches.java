package org.confidant.telephony.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.application.CallLedger;
import org.confidant.calls.domain.CallEvent;

/**
 * Posts the simulator's events to the call ledger in batches: everything one step of the simulation produced goes
 * in one transaction, so the cost of the XA commit (two prepares, two log forces) is shared by many events.
 */
final class LedgerBatches implements CallEventsPort {

  private final CallLedger ledger;
  private final List<TelephonyEvent> pending = new ArrayList<>();

  LedgerBatches(CallLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail) {
    pending.add(new TelephonyEvent(callId, sequence, at, type.name(), detail));
  }

  @Override
  public int flush() {
    if (pending.isEmpty()) {
      return 0;
    }
    List<TelephonyEvent> batch = List.copyOf(pending);
    pending.clear();
    return (int) ledger.receiveAll(batch).stream().filter(receipt -> "REJECTED".equals(receipt.outcome())).count();
  }
}
