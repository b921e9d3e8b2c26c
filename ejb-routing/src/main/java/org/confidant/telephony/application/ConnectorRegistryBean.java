package org.confidant.telephony.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.CommandView;
import org.confidant.telephony.api.ConnectorCommand;
import org.confidant.telephony.api.ConnectorCredentials;
import org.confidant.telephony.api.ConnectorProblem;
import org.confidant.telephony.api.ConnectorSpec;
import org.confidant.telephony.api.ConnectorView;
import org.confidant.telephony.api.Connectors;
import org.confidant.telephony.domain.CallbackUrl;
import org.confidant.telephony.domain.SigningSecret;
import org.confidant.telephony.infrastructure.ConnectorCommandEntity;
import org.confidant.telephony.infrastructure.ConnectorEntity;

/** The connector registry: every change is audited in its own transaction; a secret is answered only when issued. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConnectorRegistryBean implements Connectors {

  private static final String CONNECTOR = "connector";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB CommandDispatcher dispatcher;

  private final Clock clock = Clock.systemUTC();

  @Override
  public ConnectorCredentials register(ConnectorSpec spec) {
    requireCallback(spec.callbackUrl());
    if (hasActiveConnector(spec.clientId())) {
      throw new ConnectorProblem(ConnectorProblem.Kind.CONFLICT,
          "an active connector already authenticates as this client; deactivate it first");
    }
    String secret = SigningSecret.generate();
    ConnectorEntity connector = new ConnectorEntity(spec.name(), spec.clientId(), spec.callbackUrl().strip(),
        spec.commands(), secret);
    entityManager.persist(connector);
    audit.record("connector.registered", CONNECTOR, connector.getId().toString(), AuditOutcome.SUCCESS);
    return new ConnectorCredentials(connector.toView(), secret);
  }

  @Override
  public List<ConnectorView> list() {
    return entityManager.createQuery("SELECT c FROM ConnectorEntity c ORDER BY c.name, c.id", ConnectorEntity.class)
        .getResultStream().map(ConnectorEntity::toView).toList();
  }

  @Override
  public ConnectorView get(UUID id) {
    return find(id).toView();
  }

  @Override
  public ConnectorCredentials rotateSecret(UUID id) {
    ConnectorEntity connector = findActive(id);
    String secret = SigningSecret.generate();
    connector.rotate(secret);
    entityManager.flush();
    audit.record("connector.secret.rotated", CONNECTOR, id.toString(), AuditOutcome.SUCCESS);
    return new ConnectorCredentials(connector.toView(), secret);
  }

  @Override
  public ConnectorView change(UUID id, long version, String callbackUrl, Set<CommandType> commands) {
    requireCallback(callbackUrl);
    ConnectorEntity connector = findActive(id);
    if (connector.getVersion() != version) {
      throw staleVersion();
    }
    connector.change(callbackUrl.strip(), commands);
    try {
      entityManager.flush();
    } catch (OptimisticLockException concurrentChange) {
      throw staleVersion();
    }
    audit.record("connector.changed", CONNECTOR, id.toString(), AuditOutcome.SUCCESS);
    return connector.toView();
  }

  @Override
  public ConnectorView deactivate(UUID id) {
    ConnectorEntity connector = findActive(id);
    connector.deactivate();
    entityManager.flush();
    audit.record("connector.deactivated", CONNECTOR, id.toString(), AuditOutcome.SUCCESS);
    return connector.toView();
  }

  @Override
  public UUID ping(UUID id) {
    findActive(id);
    UUID commandId = UUID.randomUUID();
    dispatcher.dispatch(new ConnectorCommand(commandId, id, null, CommandType.PING, null, Map.of()));
    audit.record("connector.pinged", CONNECTOR, id.toString(), AuditOutcome.SUCCESS);
    return commandId;
  }

  @Override
  public List<CommandView> deadCommands() {
    return entityManager.createQuery("SELECT c FROM ConnectorCommandEntity c WHERE c.status = 'FAILED'"
            + " ORDER BY c.createdAt DESC", ConnectorCommandEntity.class)
        .setMaxResults(500)
        .getResultStream().map(ConnectorCommandEntity::toView).toList();
  }

  @Override
  public CommandView replay(UUID commandId) {
    ConnectorCommandEntity command = entityManager.find(ConnectorCommandEntity.class, commandId);
    if (command == null) {
      throw new ConnectorProblem(ConnectorProblem.Kind.NOT_FOUND, "no such command");
    }
    if (!command.isDead()) {
      throw new ConnectorProblem(ConnectorProblem.Kind.CONFLICT, "only a dead-lettered command can be replayed");
    }
    command.replay(clock.instant());
    audit.record("connector.command.replayed", "connector_command", commandId.toString(), AuditOutcome.SUCCESS);
    return command.toView();
  }

  private static void requireCallback(String callbackUrl) {
    try {
      CallbackUrl.require(callbackUrl);
    } catch (IllegalArgumentException invalid) {
      throw new ConnectorProblem(ConnectorProblem.Kind.INVALID, invalid.getMessage());
    }
  }

  private boolean hasActiveConnector(String clientId) {
    return !entityManager.createQuery("SELECT c.id FROM ConnectorEntity c WHERE c.active = true"
            + " AND lower(c.clientId) = :client", UUID.class)
        .setParameter("client", clientId.toLowerCase(Locale.ROOT))
        .getResultList().isEmpty();
  }

  private ConnectorEntity find(UUID id) {
    ConnectorEntity connector = entityManager.find(ConnectorEntity.class, id);
    if (connector == null) {
      throw new ConnectorProblem(ConnectorProblem.Kind.NOT_FOUND, "no such connector");
    }
    return connector;
  }

  private ConnectorEntity findActive(UUID id) {
    ConnectorEntity connector = find(id);
    if (!connector.isActive()) {
      throw new ConnectorProblem(ConnectorProblem.Kind.CONFLICT, "the connector is deactivated");
    }
    return connector;
  }

  private static ConnectorProblem staleVersion() {
    return new ConnectorProblem(ConnectorProblem.Kind.CONFLICT,
        "the connector was changed meanwhile; read it again and retry with its current version");
  }
}
