package org.confidant.console.agent;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import org.confidant.events.broker.Destinations;

/**
 * Routing's decisions (RoutingProgressed, sent when the routing transaction commits): an offer pops the call on the
 * agent's desktop; anything else (answered, finished, offer taken back) updates the call there. Not transacted: the
 * pop is read and audited in its own short transaction, which commits before the frame leaves.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.ROUTING_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'RoutingProgressed'")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingHeard extends DesktopEvents {

  @Override
  void heard(JsonObject payload) {
    String what = payload.getString("what");
    if ("OFFERED".equals(what)) {
      hub.offered(id(payload, "callId"), id(payload, "agentId"));
    } else if ("TRANSFER_OFFERED".equals(what)) {
      // The agent a call is transferred to gets the pop, with the notes written on the call so far.
      hub.offered(id(payload, "callId"), id(payload, "transferTo"));
    } else {
      hub.callChanged(id(payload, "callId"), id(payload, "agentId"));
    }
  }
}
