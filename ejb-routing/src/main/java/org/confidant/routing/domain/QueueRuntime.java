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

  /**
   * The agent to offer the call to, among steps {@code fromStep..level}: closest-matching step first, then the queue's
   * strategy, skipping agents who do not meet the call's own needs (a call without needs takes the first).
   */
  AgentRuntime bestAgentUpTo(int level, int fromStep, CallRequest call) {
    for (int step = fromStep; step <= level; step++) {
      for (Candidate candidate : availableByStep.get(step)) {
        if (call.admits(candidate.agent().profile)) {
          return candidate.agent();
        }
      }
    }
    return null;
  }

  /**
   * The call an agent admitted from {@code step} on would take next here, or null: the first in service order whose
   * own needs the agent meets (calls without needs are taken at the head, so the usual case looks at one call).
   */
  WaitingCall nextCallFor(int step, AgentProfile agent) {
    for (WaitingCall call : waitingByStep.get(step)) {
      if (call.request.admits(agent)) {
        return call;
      }
    }
    return null;
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
