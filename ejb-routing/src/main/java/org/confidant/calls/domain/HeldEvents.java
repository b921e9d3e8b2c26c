package org.confidant.calls.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events that arrived before an earlier one of the same call, held until the gap is filled. If the gap stays open
 * longer than {@code patience}, the missing events are given up as lost so the call is not stuck behind them.
 */
public final class HeldEvents {

  private final Duration patience;
  private final TreeMap<Long, Held> held = new TreeMap<>();

  private record Held(CallEvent event, Instant heldSince) {}

  public HeldEvents(Duration patience) {
    this.patience = patience;
  }

  public void hold(CallEvent event, Instant now) {
    held.putIfAbsent(event.sequence(), new Held(event, now));
  }

  /** Applies to the call every held event the gap no longer blocks; returns the outcomes in order. */
  public List<Outcome> release(Call call, Instant now) {
    List<Outcome> outcomes = new ArrayList<>();
    dropApplied(call);
    if (!held.isEmpty() && held.firstKey() > call.lastSequence() + 1 && waitedTooLong(now)) {
      call.giveUpEventsBefore(held.firstKey());
    }
    while (!held.isEmpty() && held.firstKey() == call.lastSequence() + 1) {
      outcomes.add(call.apply(held.pollFirstEntry().getValue().event()));
    }
    return outcomes;
  }

  public int size() {
    return held.size();
  }

  private void dropApplied(Call call) {
    held.headMap(call.lastSequence(), true).clear();
  }

  private boolean waitedTooLong(Instant now) {
    Map.Entry<Long, Held> oldest = held.firstEntry();
    return !oldest.getValue().heldSince().plus(patience).isAfter(now);
  }
}
