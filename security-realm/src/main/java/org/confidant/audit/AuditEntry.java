package org.confidant.audit;

import java.util.Objects;

/**
 * One audit record as written: who, with which roles, did what to which resource, from which client address, why
 * (where a reason is required) and how it ended. When it happened is the database's clock at insert.
 */
public record AuditEntry(String actor, String roles, String action, String resourceType, String resourceId,
    AuditOutcome outcome, String clientAddress, String reason) {

  /** The actor of actions the server takes by itself (timers, reconciliation). */
  public static final String SYSTEM = "system";

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(outcome, "outcome");
    requireText(action, "action", 64);
    requireText(resourceType, "resourceType", 64);
    requireAtMost(resourceId, "resourceId", 128);
    requireAtMost(clientAddress, "clientAddress", 64);
    requireAtMost(reason, "reason", 512);
  }

  public AuditEntry(String actor, String roles, String action, String resourceType, String resourceId,
      AuditOutcome outcome) {
    this(actor, roles, action, resourceType, resourceId, outcome, null, null);
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1.." + max + " characters");
    }
  }

  private static void requireAtMost(String value, String name, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(name + " longer than " + max + " characters");
    }
  }
}
