package org.confidant.audit.logins.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * However the provider's events become visible over successive imports — several in one millisecond, older ones
 * stored after newer ones (within the overlap), each import seeing everything stored so far — every event is taken
 * exactly once.
 */
class ImportCursorProperties {

  @Property
  void everyEventIsTakenExactlyOnce(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 8) Integer> millis,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 6) Integer> arrivals, @ForAll long seed) {
    List<IdentityEvent> history = new ArrayList<>();
    millis.forEach(ms -> history.add(ImportCursorTest.at("e" + history.size(), ms)));
    List<IdentityEvent> storeOrder = new ArrayList<>(history);
    Collections.shuffle(storeOrder, new Random(seed));

    ImportCursor cursor = ImportCursor.START;
    List<IdentityEvent> imported = new ArrayList<>();
    int stored = 0;
    for (int arrived : arrivals) {
      stored = Math.min(storeOrder.size(), stored + arrived);
      List<IdentityEvent> taken = cursor.notYetTaken(storeOrder.subList(0, stored));
      imported.addAll(taken);
      cursor = cursor.after(taken);
    }
    imported.addAll(cursor.notYetTaken(storeOrder));

    assertThat(imported).containsExactlyInAnyOrderElementsOf(history);
  }
}
