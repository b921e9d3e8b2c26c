package org.confidant.telephony.api;

import jakarta.ejb.Local;
import java.util.UUID;
import org.confidant.calls.api.EventReceipt;
import org.confidant.calls.api.TelephonyEvent;

/**
 * Events posted by connectors over HTTP: first admitted (the caller's connector, if it is one, and the request's
 * signature), then received once per idempotency key.
 */
@Local
public interface ConnectorIntake {

  /** The caller's connector (by its identity) and the request's signature, checked before the body is parsed. */
  Admission admit(String signatureHeader, byte[] body);

  /** Applies the event, or answers what its first delivery with the same key answered. */
  Receipt receive(Delivery delivery);

  /** The caller's connector (null: the caller is no registered connector) or why the request is refused. */
  record Admission(UUID connectorId, String refusal) {

    public boolean admitted() {
      return refusal == null;
    }
  }

  /** An admitted event with its idempotency key (may be null) and its raw body, as signed. */
  record Delivery(UUID connectorId, String idempotencyKey, byte[] body, TelephonyEvent event) {}

  /** The receipt, and whether it is the stored answer to an earlier delivery with the same key. */
  record Receipt(EventReceipt receipt, boolean replayed) {}
}
