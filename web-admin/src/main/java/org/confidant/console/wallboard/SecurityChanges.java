package org.confidant.console.wallboard;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.confidant.events.broker.Destinations;

/**
 * A break-glass access (BreakGlassUsed) tells the wallboard to push, so it is raised on the supervisors' board as it
 * happens; subscribed as {@link FloorChanges} is, for the same reasons.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.SECURITY_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")})
public class SecurityChanges extends FloorChangeListener {}
