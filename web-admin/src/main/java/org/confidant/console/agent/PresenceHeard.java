package org.confidant.console.agent;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.confidant.events.broker.Destinations;
import org.confidant.screenpop.api.PresenceState;

/** An agent's presence changed (AgentStateChanged): their desktop shows it. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENT_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'AgentStateChanged'")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceHeard extends DesktopEvents {

  @Override
  void heard(JsonObject payload) {
    hub.presenceChanged(id(payload, "agentId"), new PresenceState(payload.getString("state"),
        payload.getString("reasonCode", null), Instant.parse(payload.getString("since"))));
  }
}
