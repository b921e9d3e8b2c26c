package org.confidant.telephony.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.domain.CallEvent;

/**
 * Posts the simulator's events to the call ledger in batches, one transaction per batch so the cost of the XA
 * commit (two prepares, two log forces) is shared by many events.
 *
 * <p>Calls are independent of each other in the ledger, so the events are split into partitions by call id and
 * the partitions are applied side by side, each in its own transaction: one call's events stay in one partition,
 * in the order posted, and a flush returns only when every partition is applied. A single thread committing one
 * batch after another left the server a third idle at 46 calls/s (load run of 2026-11-25) — its time went to
 * waiting for commits, which partitions overlap.
 *
 * <p>A partition holds at most {@value #MAX_BATCH} events per transaction, so a loop that fell behind catches up
 * in bounded transactions instead of one that grows until it times out.
 */
final class LedgerBatches implements CallEventsPort {

  static final int MAX_BATCH = 500;

  /** Applies one batch in one transaction; answers how many of its events were rejected. */
  @FunctionalInterface
  interface Ledger {
    int apply(List<TelephonyEvent> batch);
  }

  private final Ledger ledger;
  private final Executor workers;
  private final List<List<TelephonyEvent>> partitions;
  private int rejectedInFullBatches;

  LedgerBatches(Ledger ledger, Executor workers, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("at least one ledger partition is needed");
    }
    this.ledger = ledger;
    this.workers = workers;
    this.partitions = IntStream.range(0, partitions).mapToObj(i -> (List<TelephonyEvent>) new ArrayList<TelephonyEvent>())
        .toList();
  }

  @Override
  public void post(UUID callId, long sequence, Instant at, CallEvent.Type type, String detail) {
    List<TelephonyEvent> partition = partitions.get(Math.floorMod(callId.hashCode(), partitions.size()));
    partition.add(new TelephonyEvent(callId, sequence, at, type.name(), detail));
    if (partition.size() >= MAX_BATCH) {
      rejectedInFullBatches += applyAll();
    }
  }

  @Override
  public int flush() {
    int rejected = rejectedInFullBatches + applyAll();
    rejectedInFullBatches = 0;
    return rejected;
  }

  private int applyAll() {
    List<List<TelephonyEvent>> batches = takeBatches();
    if (batches.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<Integer>> others = batches.subList(1, batches.size()).stream()
        .map(batch -> CompletableFuture.supplyAsync(() -> ledger.apply(batch), workers))
        .toList();
    int rejected = ledger.apply(batches.get(0));
    for (CompletableFuture<Integer> other : others) {
      rejected += joined(other);
    }
    return rejected;
  }

  private List<List<TelephonyEvent>> takeBatches() {
    List<List<TelephonyEvent>> batches = new ArrayList<>();
    for (List<TelephonyEvent> partition : partitions) {
      if (!partition.isEmpty()) {
        batches.add(List.copyOf(partition));
        partition.clear();
      }
    }
    return batches;
  }

  /** Waits for a partition; its failure fails the flush as the calling thread's own would. */
  private static int joined(CompletableFuture<Integer> partition) {
    try {
      return partition.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
