package org.confidant.audit.search.domain;

import java.time.Instant;
import org.confidant.audit.AuditOutcome;

/**
 * What an auditor looks for: every criterion is optional (null = any) and they combine with AND. Entries come newest
 * first, {@code size} to a page. {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(String actor, String resourceType, String resourceId, String action, AuditOutcome outcome,
    Instant from, Instant to, int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 50;

  public AuditQuery {
    actor = blankToNull(actor);
    resourceType = blankToNull(resourceType);
    resourceId = blankToNull(resourceId);
    action = blankToNull(action);
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** A resource's access timeline: every entry about it, newest first. */
  public static AuditQuery timelineOf(String resourceType, String resourceId, int page, int size) {
    if (blankToNull(resourceId) == null) {
      throw new IllegalArgumentException("a timeline needs a resource id");
    }
    return new AuditQuery(null, resourceType, resourceId, null, null, null, null, page, size);
  }

  public int offset() {
    return page * size;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
