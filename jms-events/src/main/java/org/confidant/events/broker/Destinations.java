package org.confidant.events.broker;

/**
 * JNDI names of the JMS destinations created by {@code ear/src/main/server/configure-server.cli}. Keep the two in
 * step: a name here that the script does not create fails deployment, which is the point.
 */
public final class Destinations {

  /** Call lifecycle events (offered, queued, connected, ended...). */
  public static final String CALL_EVENTS = "java:/jms/topic/confidant/CallEvents";
  /** Agent state events (logged in, available, reserved, wrap-up...). */
  public static final String AGENT_EVENTS = "java:/jms/topic/confidant/AgentEvents";
  /** Routing decisions and screen pops. */
  public static final String ROUTING_EVENTS = "java:/jms/topic/confidant/RoutingEvents";
  /** Security events the consoles raise as they happen (break-glass); ids only, never a reason or PHI. */
  public static final String SECURITY_EVENTS = "java:/jms/topic/confidant/SecurityEvents";
  /**
   * WildFly's dead-letter queue ({@code jms.queue.DLQ}), where the broker moves a message after its last failed
   * delivery from any destination; the script adds this name to it, so the dependency fails loudly if it goes.
   */
  public static final String DEAD_LETTERS = "java:/jms/queue/confidant/DeadLetters";
  /** Transactional (XA) connection factory: a message is sent only if the transaction that reports it commits. */
  public static final String TRANSACTIONAL_CONNECTION_FACTORY = "java:/JmsXA";

  private Destinations() {}
}
