package org.confidant.audit.logins.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.confidant.audit.logins.domain.IdentityEvent;
import org.junit.jupiter.api.Test;

/** Keycloak 26's event JSON, as its admin API answered on this machine (a wrong code, a lockout, an unknown user). */
class KeycloakEventsTest {

  private static IdentityEvent read(String json) {
    return KeycloakEvents.toIdentityEvent(Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void aWrongOneTimeCodeAtTheBrowserLoginNamesTheCredentialItChecked() {
    IdentityEvent event = read("""
        {"id":"4722a730-9a53-4954-a346-9ba0a81230d5","time":1795566281056,"type":"LOGIN_ERROR",
         "realmId":"85a8da97","clientId":"confidant-console","userId":"9c8084bf-6174-4a43-b8dd-47cc52d4066c",
         "ipAddress":"127.0.0.1","error":"invalid_user_credentials",
         "details":{"auth_method":"openid-connect","auth_type":"code",
                    "selected_credential_id":"a661ca25-b22f-4b41-8d5b-8853ce36ba87",
                    "redirect_uri":"https://localhost:28443/console/","code_id":"o9WdzviHjLlcfSH6s9kO5Dvz"}}
        """);

    assertThat(event).isEqualTo(new IdentityEvent("4722a730-9a53-4954-a346-9ba0a81230d5",
        Instant.ofEpochMilli(1795566281056L), "LOGIN_ERROR", "9c8084bf-6174-4a43-b8dd-47cc52d4066c", null,
        "127.0.0.1", "invalid_user_credentials", null, true));
  }

  @Test
  void aLockoutHasNoClientAndNoError() {
    IdentityEvent event = read("""
        {"id":"4c63e4dc","time":1795566258162,"type":"USER_DISABLED_BY_TEMPORARY_LOCKOUT","realmId":"85a8da97",
         "userId":"8dbe96aa","ipAddress":"127.0.0.1",
         "details":{"reason":"brute_force_attack detected","not_before":"2026-11-25T00:25:18","num_failures":"2"}}
        """);

    assertThat(event.type()).isEqualTo("USER_DISABLED_BY_TEMPORARY_LOCKOUT");
    assertThat(event.error()).isNull();
    assertThat(event.username()).isNull();
    assertThat(event.secondFactor()).isFalse();
  }

  @Test
  void anUnknownUserHasNoUserIdButTheTypedName() {
    IdentityEvent event = read("""
        {"id":"daef2b44","time":1795566258261,"type":"LOGIN_ERROR","clientId":"confidant-cli","ipAddress":"127.0.0.1",
         "error":"user_not_found","details":{"grant_type":"password","username":"nobody"}}
        """);

    assertThat(event.userId()).isNull();
    assertThat(event.username()).isEqualTo("nobody");
  }

  @Test
  void realmUrlsComeFromTheProviderUrl() {
    RealmUrls urls = RealmUrls.of("http://localhost:18180/realms/confidant/");

    assertThat(urls.tokenEndpoint()).isEqualTo("http://localhost:18180/realms/confidant/protocol/openid-connect/token");
    assertThat(urls.adminBase()).isEqualTo("http://localhost:18180/admin/realms/confidant");
  }
}
