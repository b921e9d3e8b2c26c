package org.confidant.events.publishing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;

/**
 * Publishes events in the caller's transaction (XA, through {@code java:/JmsXA}): the message reaches the broker if
 * and only if the database change it reports commits. Persistent delivery, so a broker restart loses nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventPublisher {

  public static final String EVENT_TYPE = "eventType";
  public static final String EVENT_ID = "eventId";

  @Inject
  @JMSConnectionFactory(Destinations.TRANSACTIONAL_CONNECTION_FACTORY)
  JMSContext jms;

  @Resource(lookup = Destinations.CALL_EVENTS)
  Topic callEvents;

  @Resource(lookup = Destinations.AGENT_EVENTS)
  Topic agentEvents;

  @Resource(lookup = Destinations.ROUTING_EVENTS)
  Topic routingEvents;

  @Resource(lookup = Destinations.SECURITY_EVENTS)
  Topic securityEvents;

  public void publish(Channel channel, EventEnvelope event) {
    TextMessage message = jms.createTextMessage(event.toJson());
    try {
      message.setStringProperty(EVENT_TYPE, event.type());
      message.setStringProperty(EVENT_ID, event.id().toString());
      if (event.correlationId() != null) {
        message.setJMSCorrelationID(event.correlationId().toString());
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException("could not label event " + event.id() + ": " + e.getMessage());
    }
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic(channel), message);
  }

  private Topic topic(Channel channel) {
    return switch (channel) {
      case CALLS -> callEvents;
      case AGENTS -> agentEvents;
      case ROUTING -> routingEvents;
      case SECURITY -> securityEvents;
    };
  }
}
