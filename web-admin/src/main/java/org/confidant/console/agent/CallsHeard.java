package org.confidant.console.agent;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import java.util.Set;
import org.confidant.events.broker.Destinations;

/** What the phone system said of a call on a desktop here (held, resumed, transferred, ended): its new state. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.CALL_EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'CallProgressed'")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallsHeard extends DesktopEvents {

  /** Answers and offers come from routing; these only the phone system knows. */
  private static final Set<String> SHOWN = Set.of("HELD", "RESUMED", "TRANSFERRED", "CONFERENCED", "ENDED");

  @Override
  void heard(JsonObject payload) {
    if (SHOWN.contains(payload.getString("event"))) {
      hub.callChanged(id(payload, "callId"), null);
    }
  }
}
