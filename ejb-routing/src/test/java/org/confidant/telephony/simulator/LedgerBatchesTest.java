package org.confidant.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.domain.CallEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerBatchesTest {

  private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final List<List<TelephonyEvent>> applied = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void everyEventIsAppliedOnceAndEachCallsEventsStayInOrderInOneBatch() {
    LedgerBatches batches = new LedgerBatches(recording(), workers, 4);
    List<UUID> calls = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
    for (long sequence = 1; sequence <= 5; sequence++) {
      for (UUID call : calls) {
        batches.post(call, sequence, T0, CallEvent.Type.OFFERED, null);
      }
    }

    assertThat(batches.flush()).isZero();

    assertThat(applied.stream().mapToInt(List::size).sum()).isEqualTo(200);
    assertThat(applied).as("one transaction per partition").hasSizeLessThanOrEqualTo(4).hasSizeGreaterThan(1);
    for (List<TelephonyEvent> batch : applied) {
      Map<UUID, List<Long>> sequences = batch.stream().collect(Collectors.groupingBy(TelephonyEvent::callId,
          Collectors.mapping(TelephonyEvent::sequence, Collectors.toList())));
      assertThat(sequences.values()).allSatisfy(s -> assertThat(s).containsExactly(1L, 2L, 3L, 4L, 5L));
    }
  }

  @Test
  void partitionsAreAppliedSideBySide() throws InterruptedException {
    CountDownLatch bothInside = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    LedgerBatches batches = new LedgerBatches(batch -> {
      threads.add(Thread.currentThread().getName());
      bothInside.countDown();
      awaitQuietly(bothInside);
      return 0;
    }, workers, 2);
    postUntilBothPartitionsHaveEvents(batches);

    batches.flush();

    assertThat(bothInside.await(0, TimeUnit.SECONDS)).as("each partition waited for the other to start").isTrue();
    assertThat(threads).hasSize(2);
  }

  @Test
  void rejectionsOfAllPartitionsAndOfFullBatchesAreCounted() {
    LedgerBatches batches = new LedgerBatches(List::size, workers, 3);
    UUID busyCall = UUID.randomUUID();
    for (long sequence = 1; sequence <= LedgerBatches.MAX_BATCH + 10; sequence++) {
      batches.post(busyCall, sequence, T0, CallEvent.Type.HELD, null);
    }
    batches.post(UUID.randomUUID(), 1, T0, CallEvent.Type.OFFERED, null);

    assertThat(batches.flush()).isEqualTo(LedgerBatches.MAX_BATCH + 11);
    assertThat(batches.flush()).as("nothing left, nothing counted twice").isZero();
  }

  @Test
  void aFailedPartitionFailsTheFlush() {
    LedgerBatches batches = new LedgerBatches(batch -> {
      if (Thread.currentThread().getName().startsWith("pool")) {
        throw new IllegalStateException("database gone");
      }
      return 0;
    }, workers, 2);
    postUntilBothPartitionsHaveEvents(batches);

    assertThatThrownBy(batches::flush).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
  }

  @Test
  void atLeastOnePartitionIsNeeded() {
    assertThatThrownBy(() -> new LedgerBatches(List::size, workers, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private LedgerBatches.Ledger recording() {
    return batch -> {
      applied.add(batch);
      return 0;
    };
  }

  private static void postUntilBothPartitionsHaveEvents(LedgerBatches batches) {
    for (int i = 0; i < 64; i++) {
      batches.post(UUID.randomUUID(), 1, T0, CallEvent.Type.OFFERED, null);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
