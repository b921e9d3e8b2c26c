package org.confidant.routing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** A logged-in agent as the router tracks them. */
final class AgentRuntime {

  final AgentProfile profile;
  final long sequence;
  /** Each queue the agent may serve, with the first escalation step that admits them. */
  final Map<QueueRuntime, Integer> steps = new LinkedHashMap<>();
  /** Where the agent is listed while available. */
  final List<ListedIn> listings = new ArrayList<>();
  final TreeSet<WaitingCall> preferredCalls = new TreeSet<>(WaitingCall.SERVICE_ORDER);
  /** The call offered to the agent, from the offer until the agent is released or refuses it. */
  WaitingCall reservation;
  boolean available;
  long availableSinceMillis;
  long lastOfferedAtMillis = Long.MIN_VALUE;
  double occupancy;

  record ListedIn(QueueRuntime queue, int step, Candidate candidate) {
    void withdraw() {
      queue.unlistAvailable(step, candidate);
    }
  }

  AgentRuntime(AgentProfile profile, long sequence) {
    this.profile = profile;
    this.sequence = sequence;
  }

  UUID id() {
    return profile.id();
  }

  void computeSteps(QueueRuntime queue) {
    steps.remove(queue);
    List<EscalationStep> queueSteps = queue.definition.steps();
    for (int step = 0; step < queueSteps.size(); step++) {
      if (queueSteps.get(step).target().admits(profile)) {
        steps.put(queue, step);
        return;
      }
    }
  }

  void list(long nowMillis) {
    available = true;
    availableSinceMillis = nowMillis;
    steps.forEach(this::listIn);
  }

  /** Lists the (available) agent in one queue, keeping the time they became available. */
  void listIn(QueueRuntime queue, int step) {
    listings.add(new ListedIn(queue, step, queue.listAvailable(this, step)));
  }

  /** Takes the agent out of one queue's lists (the queue is being replaced). */
  void unlistFrom(QueueRuntime queue) {
    listings.stream().filter(listing -> listing.queue() == queue).forEach(ListedIn::withdraw);
    listings.removeIf(listing -> listing.queue() == queue);
  }

  void unlist() {
    available = false;
    listings.forEach(ListedIn::withdraw);
    listings.clear();
  }
}
