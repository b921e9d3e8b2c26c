package org.confidant.wallboard.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A break-glass access raised on the wallboard: who opened which record without routine access, and when. The
 * stated reason is not on the board (it may describe the patient); supervisors and auditors read it from
 * {@code /api/v1/break-glass} or the audit trail, where that read is itself audited.
 */
public record BreakGlassAlert(Instant at, String actor, UUID contactId) {}
