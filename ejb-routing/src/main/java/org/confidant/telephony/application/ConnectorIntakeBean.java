package org.confidant.telephony.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.confidant.calls.api.EventReceipt;
import org.confidant.calls.api.TelephonyEventIntake;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.ConnectorIntake;
import org.confidant.telephony.api.ConnectorProblem;
import org.confidant.telephony.domain.Idempotency;
import org.confidant.telephony.domain.Signature;
import org.confidant.telephony.infrastructure.ConnectorEntity;

/**
 * Admits connectors' requests and applies their events once per idempotency key, in one transaction with the
 * call ledger: the key, the event's effect and the stored answer commit together or not at all.
 *
 * <p>A caller is a connector when a connector names its Keycloak client: the token's
 * {@code preferred_username} of a client-credentials token is {@code service-account-<client id>}. A registered
 * connector must sign every request, and a deactivated one is refused; a caller that is no connector (an admin, a
 * client never registered) is not asked for a signature.
 */
@Stateless
@RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
public class ConnectorIntakeBean implements ConnectorIntake {

  private static final String SERVICE_ACCOUNT = "service-account-";
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Resource SessionContext session;

  @EJB TelephonyEventIntake intake;

  @EJB IdempotencyKeys keys;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Admission admit(String signatureHeader, byte[] body) {
    ConnectorEntity connector = callersConnector();
    if (connector == null) {
      return new Admission(null, null);
    }
    if (!connector.isActive()) {
      return new Admission(connector.getId(), "this connector has been deactivated by an admin");
    }
    Signature.Verdict verdict = Signature.verify(connector.signingSecret(), signatureHeader, body, clock.instant());
    return new Admission(connector.getId(), verdict == Signature.Verdict.VALID ? null : refusal(verdict));
  }

  @Override
  public Receipt receive(Delivery delivery) {
    if (delivery.idempotencyKey() == null) {
      return new Receipt(apply(delivery), false);
    }
    if (!Idempotency.isValidKey(delivery.idempotencyKey())) {
      throw new ConnectorProblem(ConnectorProblem.Kind.INVALID,
          "an Idempotency-Key is 1 to 255 printable ASCII characters");
    }
    String caller = session.getCallerPrincipal().getName();
    IdempotencyKeys.Claim claim = keys.claim(caller, delivery.idempotencyKey(), delivery.connectorId(),
        Idempotency.digest(delivery.body()));
    switch (claim.decision()) {
      case REPLAY:
        return new Receipt(JSON.fromJson(claim.storedResponse(), EventReceipt.class), true);
      case CONFLICT:
        throw new ConnectorProblem(ConnectorProblem.Kind.UNPROCESSABLE,
            "this Idempotency-Key was already used for a different request");
      default:
        EventReceipt receipt = apply(delivery);
        keys.answer(caller, delivery.idempotencyKey(), JSON.toJson(receipt));
        return new Receipt(receipt, false);
    }
  }

  private EventReceipt apply(Delivery delivery) {
    EventReceipt receipt = intake.receive(delivery.event());
    if (delivery.connectorId() != null) {
      // Remember where the call's events come from: its commands go back there.
      entityManager.createNativeQuery("INSERT INTO connector_call (call_id, connector_id) VALUES (?1, ?2)"
              + " ON CONFLICT DO NOTHING")
          .setParameter(1, delivery.event().callId())
          .setParameter(2, delivery.connectorId())
          .executeUpdate();
    }
    return receipt;
  }

  private ConnectorEntity callersConnector() {
    String caller = session.getCallerPrincipal().getName().toLowerCase(Locale.ROOT);
    String client = caller.startsWith(SERVICE_ACCOUNT) ? caller.substring(SERVICE_ACCOUNT.length()) : caller;
    List<ConnectorEntity> found = entityManager.createQuery("SELECT c FROM ConnectorEntity c"
            + " WHERE lower(c.clientId) IN :clients ORDER BY c.active DESC", ConnectorEntity.class)
        .setParameter("clients", List.of(caller, client))
        .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private static String refusal(Signature.Verdict verdict) {
    return switch (verdict) {
      case MISSING -> "the request has no Confidant-Signature header; this connector must sign its requests";
      case MALFORMED -> "the Confidant-Signature header is not of the form t=<unix seconds>,v1=<hex HMAC-SHA256>";
      case EXPIRED -> "the signature's time is more than 5 minutes from the server's";
      default -> "the signature does not match the request body";
    };
  }
}
