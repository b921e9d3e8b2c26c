package org.confidant.audit.logins.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.confidant.audit.AuditTrail;
import org.confidant.audit.logins.domain.IdentityEvent;
import org.confidant.audit.logins.domain.ImportCursor;
import org.confidant.audit.logins.domain.LoginAudit;
import org.confidant.audit.logins.domain.ReportedLogin;
import org.confidant.audit.logins.infrastructure.ImportCursorStore;
import org.confidant.audit.logins.infrastructure.KeycloakEventFeed;
import org.confidant.identity.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports Keycloak's user events (logins, logouts, failed logins and one-time codes, lockouts, second-factor
 * changes) into the audit trail, every {@code confidant.audit.login-import-interval} (one minute unless configured)
 * and when an admin or auditor asks. One import is one transaction: the entries and the advanced cursor commit
 * together, and the cursor's row lock keeps a second server from importing the same events meanwhile.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginEventImport {

  private static final Logger LOG = Logger.getLogger(LoginEventImport.class.getName());

  @Inject KeycloakEventFeed feed;

  @Inject ImportCursorStore cursors;

  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "confidant.audit.login-import-interval", defaultValue = "PT1M")
  Duration interval;

  @Resource TimerService timers;

  @Resource SessionContext context;

  private volatile LoginImportStatus status = LoginImportStatus.NEVER_RUN;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  /**
   * Runs the import in a transaction of its own and reports a failure as one warning. Neither the timer's method nor
   * the import lets the failure out of the container: a rolled-back timeout transaction makes WildFly log an ERROR and
   * retry the timeout at once, and an exception out of a bean an ERROR of its own — for an identity provider that
   * is down, noise that only repeats the failure. The next scheduled run is the retry.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onSchedule() {
    if (!feed.configured()) {
      return;
    }
    String failure = context.getBusinessObject(LoginEventImport.class).importScheduled();
    if (failure != null) {
      LOG.warning(() -> "Login events were not imported from Keycloak this time (" + failure + "); the next run in "
          + interval + " takes the same events again.");
    }
  }

  /** Imports what Keycloak has recorded since the last import; answers how many audit entries were written. */
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public int importNow() {
    return run();
  }

  /**
   * The scheduled import, in a transaction of its own; answers why it failed (null when it did not), its transaction
   * rolled back — the cursor included, so the next run takes the same events again. {@code @PermitAll} because the
   * timer runs without a caller; it imports exactly what {@link #importNow} would.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String importScheduled() {
    try {
      run();
      return null;
    } catch (RuntimeException failed) {
      context.setRollbackOnly();
      return causeOf(failed);
    }
  }

  private synchronized int run() {
    Instant attempt = Instant.now();
    try {
      int imported = importSinceCursor();
      status = new LoginImportStatus(true, attempt, Instant.now(), imported, null);
      return imported;
    } catch (RuntimeException failed) {
      status = new LoginImportStatus(feed.configured(), attempt, status.lastSuccessAt(), status.lastImported(),
          failed.getMessage());
      throw failed;
    }
  }

  /** The message of what went wrong, without the container's wrapping. */
  private static String causeOf(RuntimeException failed) {
    Throwable cause = failed;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public LoginImportStatus status() {
    return status.lastAttemptAt() == null
        ? new LoginImportStatus(feed.configured(), null, null, 0, null) : status;
  }

  private int importSinceCursor() {
    String source = feed.source();
    ImportCursor cursor = cursors.lock(source);
    List<IdentityEvent> taken = cursor.notYetTaken(feed.since(cursor.readFrom()));
    Map<String, String> names = new HashMap<>();
    int recorded = 0;
    for (IdentityEvent event : taken) {
      if (event.userId() != null && event.username() != null) {
        names.put(event.userId(), event.username());
      }
      var entry = LoginAudit.of(event, userId -> names.computeIfAbsent(userId, cursors::knownName));
      if (entry.isPresent()) {
        record(entry.get());
        recorded++;
      }
    }
    cursors.save(source, cursor.after(taken), recorded);
    return recorded;
  }

  private void record(ReportedLogin login) {
    audit.recordReported(login.actor(), login.action(), ReportedLogin.RESOURCE_TYPE, login.userId(),
        login.outcome(), login.clientAddress(), login.occurredAt());
  }
}
