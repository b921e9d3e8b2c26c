package org.confidant.audit.logins.domain;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.confidant.audit.AuditOutcome;

/**
 * Which identity events the audit trail records, and as what. A wrong password is {@code login}/FAILED; a wrong
 * one-time code at the browser login's second step is {@code login.mfa}/FAILED (at the direct-grant login Keycloak
 * reports both as the same {@code invalid_user_credentials} and they read {@code login}/FAILED); a login refused
 * because the account is locked or disabled is {@code login}/DENIED; the lockout itself is
 * {@code account.locked}/DENIED. The code-to-token step of a successful login is not recorded again (its LOGIN
 * already is); a failed one is.
 */
public final class LoginAudit {

  public static final String LOGIN = "login";
  public static final String SECOND_FACTOR = "login.mfa";
  public static final String LOGOUT = "logout";
  public static final String TOKEN_EXCHANGE = "login.token-exchange";
  public static final String ACCOUNT_LOCKED = "account.locked";
  public static final String MFA_ENROLLED = "mfa.enrolled";
  public static final String MFA_REMOVED = "mfa.removed";
  public static final String PASSWORD_CHANGED = "password.changed";
  public static final String PASSWORD_REMOVED = "password.removed";

  private LoginAudit() {}

  /**
   * The audit entry for an event, or empty for events the trail does not record.
   *
   * @param knownName the user name for a user id, when the event itself names none (or null if unknown)
   */
  public static Optional<ReportedLogin> of(IdentityEvent event, UnaryOperator<String> knownName) {
    Entry entry = entryFor(event);
    if (entry == null) {
      return Optional.empty();
    }
    return Optional.of(new ReportedLogin(actor(event, knownName), entry.action(), event.userId(), entry.outcome(),
        event.time(), event.ipAddress()));
  }

  /** The user name; the user id when no name is known; never what was typed for an account that does not exist. */
  private static String actor(IdentityEvent event, UnaryOperator<String> knownName) {
    if (event.userId() == null) {
      return ReportedLogin.UNKNOWN_USER;
    }
    if (event.username() != null) {
      return event.username();
    }
    String known = knownName.apply(event.userId());
    return known != null ? known : event.userId();
  }

  private record Entry(String action, AuditOutcome outcome) {}

  private static Entry entryFor(IdentityEvent event) {
    return switch (event.type()) {
      case "LOGIN" -> new Entry(LOGIN, AuditOutcome.SUCCESS);
      case "LOGIN_ERROR" -> loginError(event);
      case "CODE_TO_TOKEN_ERROR" -> new Entry(TOKEN_EXCHANGE, AuditOutcome.FAILED);
      case "LOGOUT" -> new Entry(LOGOUT, AuditOutcome.SUCCESS);
      case "LOGOUT_ERROR" -> new Entry(LOGOUT, AuditOutcome.FAILED);
      case "USER_DISABLED_BY_TEMPORARY_LOCKOUT", "USER_DISABLED_BY_PERMANENT_LOCKOUT" ->
          new Entry(ACCOUNT_LOCKED, AuditOutcome.DENIED);
      case "UPDATE_TOTP" -> new Entry(MFA_ENROLLED, AuditOutcome.SUCCESS);
      case "REMOVE_TOTP" -> new Entry(MFA_REMOVED, AuditOutcome.SUCCESS);
      case "UPDATE_PASSWORD" -> new Entry(PASSWORD_CHANGED, AuditOutcome.SUCCESS);
      case "UPDATE_CREDENTIAL" -> new Entry(isOtp(event) ? MFA_ENROLLED : PASSWORD_CHANGED, AuditOutcome.SUCCESS);
      case "REMOVE_CREDENTIAL" -> new Entry(isOtp(event) ? MFA_REMOVED : PASSWORD_REMOVED, AuditOutcome.SUCCESS);
      default -> null;
    };
  }

  private static Entry loginError(IdentityEvent event) {
    if (refusedAccount(event.error())) {
      return new Entry(LOGIN, AuditOutcome.DENIED);
    }
    return new Entry(event.secondFactor() ? SECOND_FACTOR : LOGIN, AuditOutcome.FAILED);
  }

  /** Keycloak's errors for a login tried against a locked or disabled account. */
  private static boolean refusedAccount(String error) {
    return "user_temporarily_disabled".equals(error) || "user_disabled".equals(error);
  }

  private static boolean isOtp(IdentityEvent event) {
    return "otp".equals(event.credentialType());
  }
}
