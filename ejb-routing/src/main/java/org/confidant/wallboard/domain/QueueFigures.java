package org.confidant.wallboard.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.confidant.agents.domain.AgentState;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.QueueDefinition;

/**
 * One queue's tile: its line, the agents who may serve it by state, its service level and abandons so far today.
 * An agent serves a queue when any of its escalation steps admits them (as the router lists them), so an agent
 * who works two queues counts in both.
 */
public record QueueFigures(QueueLine line, AgentsByState agents, ServiceLevel serviceLevel, long abandoned) {

  public static QueueFigures of(QueueDefinition queue, int thresholdSeconds, Collection<Instant> waitingSince,
      Map<AgentProfile, AgentState> loggedIn, TodayCounts today, Instant now) {
    AgentsByState agents = AgentsByState.count(loggedIn.entrySet().stream()
        .filter(agent -> serves(queue, agent.getKey())).map(Map.Entry::getValue).toList());
    return new QueueFigures(QueueLine.of(waitingSince, now), agents, ServiceLevel.of(thresholdSeconds, today),
        today.abandoned());
  }

  static boolean serves(QueueDefinition queue, AgentProfile agent) {
    return queue.steps().stream().anyMatch(step -> step.target().admits(agent));
  }
}
