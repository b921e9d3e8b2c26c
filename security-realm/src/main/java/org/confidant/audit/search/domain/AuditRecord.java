package org.confidant.audit.search.domain;

import java.time.Instant;
import org.confidant.audit.AuditOutcome;

/**
 * One stored audit entry as the auditor sees it: who, with which roles, did what to which resource, when, from which
 * client address, why (where a reason was asked for) and how it ended.
 */
public record AuditRecord(long id, Instant recordedAt, String actor, String roles, String action,
    String resourceType, String resourceId, AuditOutcome outcome, String clientAddress, String reason) {}
