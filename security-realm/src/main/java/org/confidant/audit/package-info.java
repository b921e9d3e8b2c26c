/**
 * The audit trail: {@link org.confidant.audit.AuditTrail} is the one way to record a security-relevant action.
 * The governance work adds the hash chain, signed checkpoints and the auditor's search on top of these rows.
 */
package org.confidant.audit;
