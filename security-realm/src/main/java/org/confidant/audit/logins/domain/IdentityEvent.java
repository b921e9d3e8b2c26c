package org.confidant.audit.logins.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One user event of the identity provider (Keycloak's {@code EventRepresentation}, the fields we audit).
 *
 * @param id the provider's event id (unique), or null from a provider that does not send one
 * @param type e.g. LOGIN, LOGIN_ERROR, LOGOUT, USER_DISABLED_BY_TEMPORARY_LOCKOUT
 * @param userId the provider's user id, null when the user name was unknown
 * @param username the user name the event names (its {@code username} detail), may be null
 * @param error the provider's error code on *_ERROR events (e.g. invalid_user_credentials)
 * @param credentialType the {@code credential_type} detail of credential events (otp, password), may be null
 * @param secondFactor whether the event comes from the one-time-code step of a browser login (Keycloak names the
 *     selected OTP credential then, and no user name)
 */
public record IdentityEvent(String id, Instant time, String type, String userId, String username,
    String ipAddress, String error, String credentialType, boolean secondFactor) {

  public IdentityEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(type, "type");
  }

  /** What identifies the event among those of the same millisecond: its id, or its content when there is none. */
  public String key() {
    return id != null ? id : String.join("|", type, String.valueOf(userId), String.valueOf(ipAddress),
        String.valueOf(error), String.valueOf(time.toEpochMilli()));
  }
}
