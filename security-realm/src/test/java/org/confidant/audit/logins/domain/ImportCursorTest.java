package org.confidant.audit.logins.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportCursorTest {

  private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

  static IdentityEvent at(String id, long millis) {
    return new IdentityEvent(id, T0.plusMillis(millis), "LOGIN", "u-1", "sam", null, null, null, false);
  }

  @Test
  void takesEverythingAtTheStartOldestFirst() {
    List<IdentityEvent> taken = ImportCursor.START.notYetTaken(List.of(at("b", 20), at("a", 10)));

    assertThat(taken).extracting(IdentityEvent::id).containsExactly("a", "b");
    assertThat(ImportCursor.START.readFrom()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void remembersTheNewestTimeAndWhatItTook() {
    List<IdentityEvent> taken = ImportCursor.START.notYetTaken(List.of(at("a", 10), at("b", 20), at("c", 20)));

    ImportCursor cursor = ImportCursor.START.after(taken);

    assertThat(cursor.newestTaken()).isEqualTo(T0.plusMillis(20));
    assertThat(cursor.recent()).containsOnlyKeys("a", "b", "c");
    assertThat(cursor.readFrom()).isEqualTo(T0.plusMillis(20).minus(ImportCursor.OVERLAP));
  }

  @Test
  void theNextImportSkipsWhatItTookButFindsAnOlderEventStoredLate() {
    ImportCursor cursor = ImportCursor.START.after(List.of(at("a", 10), at("c", 30)));

    List<IdentityEvent> taken = cursor.notYetTaken(List.of(at("a", 10), at("b", 20), at("c", 30), at("d", 40)));

    assertThat(taken).extracting(IdentityEvent::id).containsExactly("b", "d");
    assertThat(cursor.after(taken).newestTaken()).isEqualTo(T0.plusMillis(40));
  }

  @Test
  void forgetsWhatIsOlderThanTheOverlapAndNeverTakesItAgain() {
    long later = ImportCursor.OVERLAP.toMillis() + 1_000;
    ImportCursor cursor = ImportCursor.START.after(List.of(at("a", 0), at("z", later)));

    assertThat(cursor.recent()).containsOnlyKeys("z");
    assertThat(cursor.notYetTaken(List.of(at("a", 0), at("z", later)))).isEmpty();
  }

  @Test
  void nothingNewLeavesTheCursorWhereItWas() {
    ImportCursor cursor = new ImportCursor(T0.plusMillis(20), Map.of("b", T0.plusMillis(20)));

    assertThat(cursor.after(cursor.notYetTaken(List.of(at("b", 20))))).isEqualTo(cursor);
  }
}
