package org.confidant.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.confidant.identity.Roles;

/**
 * The one entry point of the audit trail. An entry is written in the caller's transaction, so an action and its
 * audit record commit or roll back together. Who and which roles come from the container's caller identity;
 * callers name resources by id only — never a PHI value. {@code @PermitAll} is what makes WildFly give this bean the
 * caller's identity: a bean without security metadata sees every caller as anonymous (recorded as "system").
 */
@Stateless
@PermitAll
public class AuditTrail {

  private static final String INSERT = "INSERT INTO audit_entry (actor, roles, action, resource_type, resource_id,"
      + " outcome, recorded_at) VALUES (?, ?, ?, ?, ?, ?,"
      + " COALESCE(CAST(? AS timestamptz), clock_timestamp()))";

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  @Resource SessionContext session;

  public void record(String action, String resourceType, String resourceId, AuditOutcome outcome) {
    write(new AuditEntry(actor(), roles(), action, resourceType, resourceId, outcome), null);
  }

  /**
   * Records what another system reported about a named user (a login or lockout Keycloak saw) rather than what the
   * caller did: the actor is that user, their roles are not known (empty), and the entry is dated when it happened
   * there.
   */
  public void recordReported(String actor, String action, String resourceType, String resourceId,
      AuditOutcome outcome, Instant occurredAt) {
    write(new AuditEntry(actor, "", action, resourceType, resourceId, outcome), occurredAt.atOffset(ZoneOffset.UTC));
  }

  private void write(AuditEntry entry, OffsetDateTime occurredAt) {
    String action = entry.action();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, entry.actor());
      insert.setString(2, entry.roles());
      insert.setString(3, entry.action());
      insert.setString(4, entry.resourceType());
      insert.setString(5, entry.resourceId());
      insert.setString(6, entry.outcome().name());
      insert.setObject(7, occurredAt, Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
    } catch (SQLException e) {
      // An action that cannot be audited must not happen: the caller's transaction rolls back.
      throw new IllegalStateException("could not write the audit entry for " + action, e);
    }
  }

  private String actor() {
    Principal caller = session.getCallerPrincipal();
    return caller == null || "anonymous".equals(caller.getName()) ? AuditEntry.SYSTEM : caller.getName();
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
