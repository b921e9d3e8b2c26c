package org.confidant.audit.logins.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.confidant.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

class LoginAuditTest {

  private static final Instant AT = Instant.parse("2026-11-25T08:00:00.123Z");
  private static final String USER_ID = "8dbe96aa-4f73-49ce-8013-1281c17987d9";
  private static final UnaryOperator<String> NO_NAMES = userId -> null;

  private static IdentityEvent event(String type, String username, String error) {
    return new IdentityEvent("e-1", AT, type, USER_ID, username, "10.0.0.7", error, null, false);
  }

  private static ReportedLogin audited(IdentityEvent event) {
    return LoginAudit.of(event, NO_NAMES).orElseThrow();
  }

  @Test
  void aLoginIsRecordedForTheUserWithItsTimeAndAddress() {
    ReportedLogin login = audited(event("LOGIN", "demo.supervisor", null));

    assertThat(login.actor()).isEqualTo("demo.supervisor");
    assertThat(login.action()).isEqualTo(LoginAudit.LOGIN);
    assertThat(login.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(login.userId()).isEqualTo(USER_ID);
    assertThat(login.occurredAt()).isEqualTo(AT);
    assertThat(login.clientAddress()).isEqualTo("10.0.0.7");
  }

  @Test
  void aWrongPasswordIsAFailedLogin() {
    ReportedLogin login = audited(event("LOGIN_ERROR", "demo.supervisor", "invalid_user_credentials"));

    assertThat(login.action()).isEqualTo(LoginAudit.LOGIN);
    assertThat(login.outcome()).isEqualTo(AuditOutcome.FAILED);
  }

  @Test
  void aWrongOneTimeCodeAtTheBrowserLoginIsAFailedSecondFactor() {
    IdentityEvent wrongCode = new IdentityEvent("e-2", AT, "LOGIN_ERROR", USER_ID, null, "10.0.0.7",
        "invalid_user_credentials", null, true);

    ReportedLogin login = LoginAudit.of(wrongCode, Map.of(USER_ID, "demo.auditor")::get).orElseThrow();

    assertThat(login.action()).isEqualTo(LoginAudit.SECOND_FACTOR);
    assertThat(login.outcome()).isEqualTo(AuditOutcome.FAILED);
    assertThat(login.actor()).as("the name known from an earlier event").isEqualTo("demo.auditor");
  }

  @Test
  void withoutAKnownNameTheActorIsTheUserId() {
    IdentityEvent wrongCode = new IdentityEvent("e-2", AT, "LOGIN_ERROR", USER_ID, null, null,
        "invalid_user_credentials", null, true);

    assertThat(audited(wrongCode).actor()).isEqualTo(USER_ID);
  }

  @Test
  void aLoginAgainstALockedAccountIsDenied() {
    ReportedLogin login = audited(event("LOGIN_ERROR", "demo.supervisor", "user_temporarily_disabled"));

    assertThat(login.action()).isEqualTo(LoginAudit.LOGIN);
    assertThat(login.outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void theLockoutItselfIsRecorded() {
    ReportedLogin temporary = audited(event("USER_DISABLED_BY_TEMPORARY_LOCKOUT", null, null));
    ReportedLogin permanent = audited(event("USER_DISABLED_BY_PERMANENT_LOCKOUT", null, null));

    assertThat(temporary.action()).isEqualTo(LoginAudit.ACCOUNT_LOCKED);
    assertThat(temporary.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(permanent.action()).isEqualTo(LoginAudit.ACCOUNT_LOCKED);
  }

  @Test
  void anUnknownUserNameIsNotKeptBecauseItIsSometimesAPassword() {
    IdentityEvent unknown = new IdentityEvent("e-3", AT, "LOGIN_ERROR", null, "Secret-Typed-In-The-Name-Field",
        "10.0.0.7", "user_not_found", null, false);

    ReportedLogin login = audited(unknown);

    assertThat(login.actor()).isEqualTo(ReportedLogin.UNKNOWN_USER);
    assertThat(login.userId()).isNull();
    assertThat(login.outcome()).isEqualTo(AuditOutcome.FAILED);
  }

  @Test
  void logoutsAndSecondFactorChangesAreRecorded() {
    assertThat(audited(event("LOGOUT", "sam", null)).action()).isEqualTo(LoginAudit.LOGOUT);
    assertThat(audited(event("LOGOUT_ERROR", "sam", "invalid_token")).outcome()).isEqualTo(AuditOutcome.FAILED);
    assertThat(audited(event("UPDATE_TOTP", "sam", null)).action()).isEqualTo(LoginAudit.MFA_ENROLLED);
    assertThat(audited(new IdentityEvent("e-4", AT, "UPDATE_CREDENTIAL", USER_ID, "sam", null, null, "otp", false))
        .action()).isEqualTo(LoginAudit.MFA_ENROLLED);
    assertThat(audited(new IdentityEvent("e-5", AT, "REMOVE_CREDENTIAL", USER_ID, "sam", null, null, "otp", false))
        .action()).isEqualTo(LoginAudit.MFA_REMOVED);
    assertThat(audited(new IdentityEvent("e-6", AT, "UPDATE_CREDENTIAL", USER_ID, "sam", null, null, "password",
        false)).action()).isEqualTo(LoginAudit.PASSWORD_CHANGED);
  }

  @Test
  void theTokenStepOfASuccessfulLoginIsNotRecordedTwiceButAFailedOneIs() {
    assertThat(LoginAudit.of(event("CODE_TO_TOKEN", "sam", null), NO_NAMES)).isEmpty();
    assertThat(audited(event("CODE_TO_TOKEN_ERROR", "sam", "invalid_code")).action())
        .isEqualTo(LoginAudit.TOKEN_EXCHANGE);
  }

  @Test
  void eventsTheTrailDoesNotRecordAreSkipped() {
    assertThat(LoginAudit.of(event("REFRESH_TOKEN", "sam", null), NO_NAMES)).isEmpty();
    assertThat(LoginAudit.of(event("INTROSPECT_TOKEN", "sam", null), NO_NAMES)).isEmpty();
  }
}
