package org.confidant.calls.api;

import java.util.UUID;

/**
 * What became of a posted event: APPLIED, DUPLICATE, HELD (waiting for an earlier event) or REJECTED (not allowed
 * in the call's state), the call's state afterwards (null while the call is unknown), and how many held events
 * the post released.
 */
public record EventReceipt(UUID callId, long sequence, String outcome, String callState, int released) {}
