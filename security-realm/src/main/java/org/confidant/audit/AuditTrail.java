package org.confidant.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.confidant.audit.infrastructure.AuditLedger;
import org.confidant.identity.Roles;

/**
 * The one entry point of the audit trail. An entry is written in the caller's transaction, so an action and its
 * audit record commit or roll back together. Who and which roles come from the container's caller identity;
 * callers name resources by id only — never a PHI value. {@code @PermitAll} is what makes WildFly give this bean the
 * caller's identity: a bean without security metadata sees every caller as anonymous (recorded as "system").
 * The entry is not chained here: {@link org.confidant.audit.infrastructure.AuditSealer} chains it within a second
 * of its commit, so audited transactions never wait for one another (docs/audit.md).
 */
@Stateless
@PermitAll
public class AuditTrail {

  private static final int MAX_ADDRESS = 64;

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  @Resource SessionContext session;

  @Inject Instance<AuditClient> client;

  public void record(String action, String resourceType, String resourceId, AuditOutcome outcome) {
    record(action, resourceType, resourceId, outcome, null);
  }

  /** An entry with the reason the caller gave (break-glass, an export): at most 512 characters, never PHI. */
  public void record(String action, String resourceType, String resourceId, AuditOutcome outcome, String reason) {
    append(new AuditEntry(actor(), roles(), action, resourceType, resourceId, outcome, clientAddress(), reason),
        null);
  }

  /**
   * Records what another system reported about a named user (a login or lockout Keycloak saw) rather than what the
   * caller did: the actor is that user, their roles are not known (empty), the client address is the one that
   * system saw, and the entry is dated when it happened there.
   */
  public void recordReported(String actor, String action, String resourceType, String resourceId,
      AuditOutcome outcome, String clientAddress, Instant happenedAt) {
    append(new AuditEntry(actor, "", action, resourceType, resourceId, outcome, bounded(clientAddress), null),
        happenedAt);
  }

  private void append(AuditEntry entry, Instant happenedAt) {
    String action = entry.action();
    try (Connection connection = dataSource.getConnection()) {
      if (happenedAt == null) {
        AuditLedger.append(connection, entry);
      } else {
        AuditLedger.appendAt(connection, entry, happenedAt);
      }
    } catch (SQLException e) {
      // An action that cannot be audited must not happen: the caller's transaction rolls back.
      throw new IllegalStateException("could not write the audit entry for " + action, e);
    }
  }

  private String actor() {
    Principal caller = session.getCallerPrincipal();
    return caller == null || "anonymous".equals(caller.getName()) ? AuditEntry.SYSTEM : caller.getName();
  }

  /** The client address of the HTTP request being served, if any (timers and consumers have none). */
  private String clientAddress() {
    try {
      return bounded(client.get().address());
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }

  private static String bounded(String address) {
    return address == null || address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
  }

  private String roles() {
    return Roles.ALL.stream().filter(this::callerIsIn).sorted().collect(Collectors.joining(","));
  }

  private boolean callerIsIn(String role) {
    try {
      return session.isCallerInRole(role);
    } catch (IllegalStateException notInACallerContext) {
      return false;
    }
  }
}
