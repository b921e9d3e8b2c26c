package org.confidant.audit.logins.domain;

import java.time.Instant;
import org.confidant.audit.AuditOutcome;

/**
 * An identity event as the audit trail records it: who (the user name; {@link #UNKNOWN_USER} when the name matched
 * no account — what was typed is not kept, it is sometimes a password), what, about which user account, how it ended
 * and when it happened at the identity provider.
 */
public record ReportedLogin(String actor, String action, String userId, AuditOutcome outcome, Instant occurredAt,
    String clientAddress) {

  /** The audit resource type of these entries: the user account the event is about. */
  public static final String RESOURCE_TYPE = "user";

  public static final String UNKNOWN_USER = "unknown-user";
}
