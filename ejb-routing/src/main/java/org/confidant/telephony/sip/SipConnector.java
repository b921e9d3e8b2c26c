package org.confidant.telephony.sip;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.telephony.infrastructure.ConnectorEntity;

/**
 * Keeps this server linked to the Kamailio of the active connector whose callback is a {@code kamailio://} address:
 * every few seconds it (re)connects when there is no live link, so a Kamailio restarted, or a connector registered
 * or deactivated at run time, is followed without a redeploy. The link's messages go to {@link SipSignalling};
 * commands for the connector go out through {@link #deliver}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SipConnector {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Resource ManagedExecutorService executor;

  @EJB SipSignalling signalling;

  private volatile Linked linked;

  /** A link and when it was opened: a new connection may wait a few seconds for Kamailio's first heartbeat. */
  private record Linked(UUID connectorId, KamailioLink link, long since) {

    boolean dead() {
      return !link.isUp() && System.currentTimeMillis() - since > 3 * KamailioLink.SILENCE_MILLIS;
    }
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "keep the Kamailio link")
  synchronized void keepLinked() {
    Optional<ConnectorEntity> connector = kamailioConnector();
    Linked current = linked;
    boolean stale = current != null && (connector.isEmpty() || !connector.get().getId().equals(current.connectorId())
        || !URI.create(connector.get().callbackUrl()).equals(current.link().address()));
    if (stale) {
      current.link().close();
      linked = null;
    }
    if (connector.isPresent() && (linked == null || linked.dead())) {
      link(connector.get());
    }
  }

  /** Sends a command's JSON to Kamailio: empty when written, else why not (the outbox retries). */
  public Optional<String> deliver(URI callback, String payload) {
    Linked current = linked;
    if (current == null || !current.link().address().equals(callback)) {
      return Optional.of("no Kamailio link to " + callback + " (yet)");
    }
    return current.link().send(payload);
  }

  @PreDestroy
  void unlink() {
    Linked current = linked;
    if (current != null) {
      current.link().close();
    }
  }

  private void link(ConnectorEntity connector) {
    if (linked != null) {
      linked.link().close();
    }
    KamailioLink link = new KamailioLink(URI.create(connector.callbackUrl()));
    UUID connectorId = connector.getId();
    linked = new Linked(connectorId, link, System.currentTimeMillis());
    executor.submit(() -> link.run(message -> signalling.receive(connectorId, message)));
  }

  private Optional<ConnectorEntity> kamailioConnector() {
    List<ConnectorEntity> found = entityManager.createQuery("SELECT c FROM ConnectorEntity c WHERE c.active = true"
            + " AND c.callbackUrl LIKE 'kamailio://%' ORDER BY c.id", ConnectorEntity.class)
        .setMaxResults(1)
        .getResultList();
    return found.stream().findFirst();
  }
}
