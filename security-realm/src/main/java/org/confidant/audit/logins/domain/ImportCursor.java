package org.confidant.audit.logins.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far the import has read: the time of the newest event taken, and the events taken in the {@link #OVERLAP}
 * before it (key → time). The next import reads from {@link #readFrom()}, a little before the newest event, because
 * the provider stamps an event when it happens but stores it when its request ends: a slower request may store an
 * older event after a newer one was already read. Events remembered are skipped, so nothing is taken twice, also
 * after a restart; nothing stored within the overlap is lost.
 */
public record ImportCursor(Instant newestTaken, Map<String, Instant> recent) {

  /** How late an event may be stored after a newer one and still be found. */
  public static final Duration OVERLAP = Duration.ofSeconds(30);

  public static final ImportCursor START = new ImportCursor(Instant.EPOCH, Map.of());

  private static final Comparator<IdentityEvent> OLDEST_FIRST =
      Comparator.comparing(IdentityEvent::time).thenComparing(IdentityEvent::key);

  public ImportCursor {
    recent = Map.copyOf(recent);
  }

  /** Where the next import reads from (inclusive). */
  public Instant readFrom() {
    return newestTaken.minus(OVERLAP).isBefore(Instant.EPOCH) ? Instant.EPOCH : newestTaken.minus(OVERLAP);
  }

  /** The events not taken yet, oldest first. */
  public List<IdentityEvent> notYetTaken(List<IdentityEvent> fetched) {
    return fetched.stream().filter(this::isNew).sorted(OLDEST_FIRST).distinct().toList();
  }

  private boolean isNew(IdentityEvent event) {
    return !event.time().isBefore(readFrom()) && !recent.containsKey(event.key());
  }

  /** The cursor after taking these events (as {@link #notYetTaken} answered them). */
  public ImportCursor after(List<IdentityEvent> taken) {
    if (taken.isEmpty()) {
      return this;
    }
    Instant newest = taken.stream().map(IdentityEvent::time).max(Comparator.naturalOrder()).orElseThrow();
    if (newest.isBefore(newestTaken)) {
      newest = newestTaken;
    }
    Map<String, Instant> remembered = new HashMap<>(recent);
    taken.forEach(event -> remembered.put(event.key(), event.time()));
    Instant keepFrom = newest.minus(OVERLAP);
    return new ImportCursor(newest, remembered.entrySet().stream()
        .filter(entry -> !entry.getValue().isBefore(keepFrom))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }
}
