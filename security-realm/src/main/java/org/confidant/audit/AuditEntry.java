package org.confidant.audit;

import java.util.Objects;

/** One audit record as written: who, with which roles, did what to which resource, and how it ended. */
public record AuditEntry(
    String actor, String roles, String action, String resourceType, String resourceId, AuditOutcome outcome) {

  /** The actor of actions the server takes by itself (timers, reconciliation). */
  public static final String SYSTEM = "system";

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(outcome, "outcome");
    requireText(action, "action", 64);
    requireText(resourceType, "resourceType", 64);
    if (resourceId != null && resourceId.length() > 128) {
      throw new IllegalArgumentException("resourceId longer than 128 characters");
    }
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1.." + max + " characters");
    }
  }
}
