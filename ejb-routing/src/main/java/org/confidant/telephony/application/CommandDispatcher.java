package org.confidant.telephony.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.telephony.api.CommandRefused;
import org.confidant.telephony.api.ConnectorCommand;
import org.confidant.telephony.domain.CommandAddressing;
import org.confidant.telephony.infrastructure.CommandPayload;
import org.confidant.telephony.infrastructure.ConnectorCommandEntity;
import org.confidant.telephony.infrastructure.ConnectorEntity;

/**
 * Sends a command to a connector — by storing it in the outbox within the caller's transaction: if the decision
 * behind it rolls back, the command was never sent; once committed, {@link CommandCourier} delivers it at least
 * once. Not in an {@code api} package and without roles of its own: routing and the registry call it from inside
 * the server (a timer or a consumer may have no caller identity).
 */
@Stateless
public class CommandDispatcher {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  /** Stores the command for delivery, or throws {@link CommandRefused} (storing nothing) if no connector takes it. */
  public void dispatch(ConnectorCommand command) {
    ConnectorEntity connector = connectorFor(command);
    if (!connector.supports(command.type())) {
      throw new CommandRefused("connector " + connector.getId() + " does not support " + command.type());
    }
    String payload = CommandPayload.json(command, connector.getId(), clock.instant());
    entityManager.persist(new ConnectorCommandEntity(command.commandId(), connector.getId(), command.callId(),
        command.type(), payload, clock.instant()));
  }

  /**
   * The connector whose events created the call, if any: a command about a new call that follows from it (dialling
   * a caller back) goes to the same phone system.
   */
  public Optional<UUID> connectorOf(UUID callId) {
    return callsConnector(callId);
  }

  private ConnectorEntity connectorFor(ConnectorCommand command) {
    UUID id = CommandAddressing.connectorFor(command.connectorId(), callsConnector(command.callId()),
            this::activeConnectors)
        .orElseThrow(() -> new CommandRefused("no connector is known for call " + command.callId()
            + " and more or fewer than one connector is active: name the connector"));
    ConnectorEntity connector = entityManager.find(ConnectorEntity.class, id);
    if (connector == null || !connector.isActive()) {
      throw new CommandRefused("connector " + id + " is not an active connector");
    }
    return connector;
  }

  private Optional<UUID> callsConnector(UUID callId) {
    if (callId == null) {
      return Optional.empty();
    }
    List<?> found = entityManager.createNativeQuery("SELECT connector_id FROM connector_call WHERE call_id = ?1",
            UUID.class)
        .setParameter(1, callId)
        .getResultList();
    return found.stream().findFirst().map(UUID.class::cast);
  }

  private List<UUID> activeConnectors() {
    return entityManager.createQuery("SELECT c.id FROM ConnectorEntity c WHERE c.active = true", UUID.class)
        .setMaxResults(2)
        .getResultList();
  }
}
