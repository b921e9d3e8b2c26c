package org.confidant.routing.domain;

import java.util.Comparator;
import java.util.UUID;

/**
 * A call while it waits in one queue. Its order (priority, then original arrival, then arrival sequence) never
 * changes while it waits, so escalation and refused offers cannot cost it its place.
 */
final class WaitingCall {

  static final Comparator<WaitingCall> SERVICE_ORDER = Comparator
      .comparingInt((WaitingCall call) -> -call.priority)
      .thenComparingLong(call -> call.waitingSinceMillis)
      .thenComparingLong(call -> call.sequence);

  final CallRequest request;
  final QueueRuntime queue;
  final int priority;
  final long waitingSinceMillis;
  final long enqueuedAtMillis;
  final long sequence;
  /** The highest escalation step reached: the call may go to agents of steps 0..level. */
  int level;
  /** Waiting for its preferred agent alone (not yet in the queue's lists). */
  AgentRuntime preferredAgent;
  /**
   * Changes whenever the call leaves its lists (offered, hung up, overflowed, moved), so every deadline scheduled
   * before is recognised as stale; a call put back (refused offer) gets fresh deadlines.
   */
  int generation;

  WaitingCall(CallRequest request, QueueRuntime queue, long enqueuedAtMillis, long sequence) {
    this.request = request;
    this.queue = queue;
    this.priority = queue.definition.priority() + request.priorityBoost();
    this.waitingSinceMillis = request.waitingSince().toEpochMilli();
    this.enqueuedAtMillis = enqueuedAtMillis;
    this.sequence = sequence;
  }

  UUID callId() {
    return request.callId();
  }

  boolean isServedBefore(WaitingCall other) {
    return other == null || SERVICE_ORDER.compare(this, other) < 0;
  }
}
