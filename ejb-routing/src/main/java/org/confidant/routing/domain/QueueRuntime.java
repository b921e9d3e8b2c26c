package org.confidant.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One queue's live lists: per escalation step, the available agents that step admits (strategy order) and the
 * waiting calls that have reached it (service order).
 */
final class QueueRuntime {

  final QueueDefinition definition;
  private final List<TreeSet<Candidate>> availableByStep = new ArrayList<>();
  private final List<TreeSet<WaitingCall>> waitingByStep = new ArrayList<>();
  int loggedInAgents;
  int waitingCalls;

  QueueRuntime(QueueDefinition definition) {
    this.definition = definition;
    for (int step = 0; step < definition.steps().size(); step++) {
      availableByStep.add(new TreeSet<>(Candidate.STRATEGY_ORDER));
      waitingByStep.add(new TreeSet<>(WaitingCall.SERVICE_ORDER));
    }
  }

  int steps() {
    return availableByStep.size();
  }

  Candidate listAvailable(AgentRuntime agent, int step) {
    Candidate candidate = Candidate.of(agent, definition.strategy(), definition.steps().get(step).target());
    availableByStep.get(step).add(candidate);
    return candidate;
  }

  void unlistAvailable(int step, Candidate candidate) {
    availableByStep.get(step).remove(candidate);
  }

  /** The agent to offer a call of this level to: closest-matching step first, then the queue's strategy. */
  AgentRuntime bestAgentUpTo(int level, int fromStep) {
    for (int step = fromStep; step <= level; step++) {
      TreeSet<Candidate> candidates = availableByStep.get(step);
      if (!candidates.isEmpty()) {
        return candidates.first().agent();
      }
    }
    return null;
  }

  /** The call an agent admitted from {@code step} on would take next here, or null. */
  WaitingCall nextCallFor(int step) {
    TreeSet<WaitingCall> calls = waitingByStep.get(step);
    return calls.isEmpty() ? null : calls.first();
  }

  void listWaiting(WaitingCall call, int fromStep, int toStep) {
    for (int step = fromStep; step <= toStep; step++) {
      waitingByStep.get(step).add(call);
    }
  }

  void unlistWaiting(WaitingCall call) {
    for (int step = 0; step <= call.level; step++) {
      waitingByStep.get(step).remove(call);
    }
  }

  /** The step a call reaches after waiting here for {@code waitedMillis}. */
  int levelAfter(long waitedMillis) {
    int level = 0;
    while (level + 1 < steps() && definition.stepStart(level + 1).toMillis() <= waitedMillis) {
      level++;
    }
    return level;
  }
}
