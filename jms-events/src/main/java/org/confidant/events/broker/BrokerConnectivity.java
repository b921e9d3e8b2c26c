package org.confidant.events.broker;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

/** Tells whether the broker accepts a session and knows the event destinations. Used by readiness checks. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerConnectivity {

  @Resource(lookup = "java:/ConnectionFactory")
  private ConnectionFactory connectionFactory;

  @Resource(lookup = Destinations.CALL_EVENTS)
  private Topic callEvents;

  /** Returns null when the broker is reachable, else a short reason (never an exception trace). */
  public String problem() {
    try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      context.createConsumer(callEvents).close();
      return null;
    } catch (JMSRuntimeException e) {
      return "broker refused a session: " + e.getClass().getSimpleName();
    }
  }
}
