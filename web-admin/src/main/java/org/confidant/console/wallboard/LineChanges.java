package org.confidant.console.wallboard;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.confidant.events.broker.Destinations;

/**
 * Calls joining, leaving or moving through routing (RoutingProgressed: queued, offered, answered, finished,
 * overflowed) tell the wallboard to push; subscribed as {@link FloorChanges} is, for the same reasons.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ROUTING_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")})
public class LineChanges extends FloorChangeListener {}
