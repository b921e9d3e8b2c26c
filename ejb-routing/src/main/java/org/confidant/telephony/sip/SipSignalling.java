package org.confidant.telephony.sip;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.agents.api.DeviceRegistrations;
import org.confidant.agents.api.UnknownAgent;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.ConnectorIntake;

/**
 * Kamailio's messages, each in its own transaction (the called bean's), into the same doors the HTTP CTI API uses:
 * call events through {@link ConnectorIntake} as the Kamailio connector's (so its commands come back to it), phone
 * registrations through {@link DeviceRegistrations}. Runs as the telephony role: the link is a connector, not a
 * person. Only the link calls it ({@code @PermitAll} on a bean web-admin cannot reach: it is in no {@code api}
 * package).
 *
 * <p>A message that cannot be applied is logged and dropped: Kamailio does not redeliver, and the call's next event or
 * the routing reconciliation puts the call right.
 */
@Stateless
@PermitAll
@RunAs(Roles.TELEPHONY)
public class SipSignalling {

  private static final Logger LOG = Logger.getLogger(SipSignalling.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB ConnectorIntake intake;

  @EJB DeviceRegistrations devices;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void receive(UUID connectorId, String message) {
    KamailioSignal signal;
    try {
      signal = JSON.fromJson(message, KamailioSignal.class);
    } catch (JsonbException e) {
      LOG.warning(() -> "Kamailio sent a message that is not a signal (" + message.length() + " characters)");
      return;
    }
    if (signal.isCall()) {
      intake.receive(new ConnectorIntake.Delivery(connectorId, null, message.getBytes(StandardCharsets.UTF_8),
          signal.toEvent()));
    } else if (signal.isDevice() && signal.extension() != null && signal.registered() != null) {
      registration(signal.extension(), signal.registered());
    }
  }

  private void registration(String extension, boolean registered) {
    try {
      devices.deviceChanged(extension, registered);
    } catch (UnknownAgent e) {
      LOG.fine(() -> "A phone at extension " + extension + ", where no agent sits, " + (registered ? "registered"
          : "unregistered"));
    }
  }
}
