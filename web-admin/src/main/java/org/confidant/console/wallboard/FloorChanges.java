package org.confidant.console.wallboard;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.confidant.events.broker.Destinations;

/**
 * Agents' state changes (AgentStateChanged) tell the wallboard to push. A non-durable subscription: a push is about
 * now, so nothing missed while the server was down matters (the board's first snapshot is taken afresh), and each
 * server of a cluster hears every change for its own sockets. Events are sent when their transaction commits, so
 * the snapshot the push takes shows them.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENT_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")})
public class FloorChanges extends FloorChangeListener {}
