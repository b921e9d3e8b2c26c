package org.confidant.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

  @Test
  void keepsWhoDidWhatToWhichResource() {
    AuditEntry entry = new AuditEntry("sam", "supervisor", "queue.updated", "queue", "q-1", AuditOutcome.SUCCESS);
    assertEquals("queue.updated", entry.action());
    assertEquals("q-1", entry.resourceId());
  }

  @Test
  void refusesAnEntryWithoutAnAction() {
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEntry("sam", "supervisor", " ", "queue", "q-1", AuditOutcome.SUCCESS));
  }

  @Test
  void refusesAnOversizedResourceId() {
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEntry("sam", "", "queue.updated", "queue", "x".repeat(129), AuditOutcome.SUCCESS));
  }
}
