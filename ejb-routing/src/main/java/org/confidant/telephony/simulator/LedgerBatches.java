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
 * in one transaction, so the cost of the XA commit (two prepares, two log forces) is shared by many events — at most
 * {@value #MAX_BATCH} per transaction, so a loop that fell behind catches up in bounded transactions instead of one
 * that grows until it times out (found by a load run on 2026-11-25).
 */
final class LedgerBatches implements CallEventsPort {

  static final int MAX_BATCH = 500;

  private final CallLedger ledger;
  private final List<TelephonyEvent> pending = new ArrayList<>();
  private int rejectedInFullBatches;

  LedgerBatches(CallLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail) {
    pending.add(new TelephonyEvent(callId, sequence, at, type.name(), detail));
    if (pending.size() >= MAX_BATCH) {
      rejectedInFullBatches += apply();
    }
  }

  @Override
  public int flush() {
    int rejected = rejectedInFullBatches + apply();
    rejectedInFullBatches = 0;
    return rejected;
  }

  private int apply() {
    if (pending.isEmpty()) {
      return 0;
    }
    List<TelephonyEvent> batch = List.copyOf(pending);
    pending.clear();
    return (int) ledger.receiveAll(batch).stream().filter(receipt -> "REJECTED".equals(receipt.outcome())).count();
  }
}
