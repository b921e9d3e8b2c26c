package org.confidant.telephony.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.telephony.domain.CallbackUrl;
import org.confidant.telephony.domain.DeliverySchedule;
import org.confidant.telephony.domain.Signature;
import org.confidant.telephony.infrastructure.CommandWebhook;
import org.confidant.telephony.infrastructure.ConnectorCommandEntity;
import org.confidant.telephony.infrastructure.ConnectorEntity;
import org.confidant.telephony.sip.SipConnector;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's delivery attempts. Each attempt is its own transaction and holds the command's row lock
 * ({@code FOR UPDATE SKIP LOCKED}) while it posts, so two workers — two timer ticks, or later two servers —
 * never post the same attempt twice at once. A connector may still see a command twice (a crash after its 2xx,
 * before our commit): delivery is at least once, and connectors deduplicate by command id.
 */
@Stateless
public class CommandOutbox {

  private static final Logger LOG = Logger.getLogger(CommandOutbox.class.getName());
  private static final int BATCH = 20;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  /** How many attempts before a command is dead-lettered (env {@code CONFIDANT_CONNECTORS_DELIVERY_ATTEMPTS}). */
  @Inject
  @ConfigProperty(name = "confidant.connectors.delivery-attempts", defaultValue = "10")
  int deliveryAttempts;

  @EJB SipConnector sip;

  private final Clock clock = Clock.systemUTC();

  /** The commands due for an attempt now, oldest first. */
  public List<UUID> due() {
    return entityManager.createQuery("SELECT c.id FROM ConnectorCommandEntity c WHERE c.status = 'PENDING'"
            + " AND c.nextAttemptAt <= :now ORDER BY c.nextAttemptAt", UUID.class)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** One delivery attempt of a command, unless another worker has it or it is no longer due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempt(UUID commandId) {
    Instant now = clock.instant();
    boolean mine = !entityManager.createNativeQuery("SELECT id FROM connector_command WHERE id = ?1"
            + " AND status = 'PENDING' AND next_attempt_at <= ?2 FOR UPDATE SKIP LOCKED")
        .setParameter(1, commandId)
        .setParameter(2, now)
        .getResultList().isEmpty();
    if (!mine) {
      return;
    }
    ConnectorCommandEntity command = entityManager.find(ConnectorCommandEntity.class, commandId);
    ConnectorEntity connector = entityManager.find(ConnectorEntity.class, command.connectorId());
    if (!connector.isActive()) {
      command.abandon("the connector was deactivated");
      return;
    }
    Optional<String> failure = post(command, connector, now);
    if (failure.isEmpty()) {
      command.delivered(now);
      return;
    }
    command.failed(failure.get(), schedule(), now);
    if (command.isDead()) {
      LOG.warning(() -> "Command " + commandId + " to connector " + connector.getId() + " dead-lettered after "
          + command.attempts() + " attempt(s): " + failure.get());
    }
  }

  private Optional<String> post(ConnectorCommandEntity command, ConnectorEntity connector, Instant now) {
    URI callback = URI.create(connector.callbackUrl());
    if (CallbackUrl.isKamailioLink(callback)) {
      return sip.deliver(callback, command.payload());
    }
    String signature = Signature.sign(connector.signingSecret(), now,
        command.payload().getBytes(StandardCharsets.UTF_8));
    return CommandWebhook.post(callback, command.id(),
        command.payload(), signature);
  }

  private DeliverySchedule schedule() {
    return new DeliverySchedule(DeliverySchedule.DEFAULT.first(), DeliverySchedule.DEFAULT.cap(), deliveryAttempts);
  }
}
