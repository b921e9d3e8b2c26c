package org.confidant.console.agent;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.confidant.events.broker.Destinations;
import org.confidant.events.catalogue.EventEnvelope;

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
  void heard(EventEnvelope event, JsonObject payload) {
    String what = payload.getString("what");
    if ("OFFERED".equals(what)) {
      // Offered in the very decision that queued it (an agent was free): its pop's latency counts in PopLatency.
      boolean onArrival = event.occurredAt().equals(Instant.parse(payload.getString("waitingSince")));
      hub.offered(id(payload, "callId"), id(payload, "agentId"), onArrival);
    } else if ("TRANSFER_OFFERED".equals(what)) {
      // The agent a call is transferred to gets the pop, with the notes written on the call so far.
      hub.offered(id(payload, "callId"), id(payload, "transferTo"), false);
    } else {
      hub.callChanged(id(payload, "callId"), id(payload, "agentId"));
    }
  }
}
