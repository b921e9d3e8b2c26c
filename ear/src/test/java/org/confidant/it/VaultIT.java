package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vault in the real server: unlocked at deployment from the launcher's password file, its keystore owner-only
 * on disk; an admin rotates the key-encryption key, every stored system key is rewrapped under the new one, and
 * the rotation is in the audit trail. Nobody else may rotate.
 */
@ExtendWith(ArquillianExtension.class)
class VaultIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @Test
  void anAdminRotatesTheKekAndEveryStoredKeyIsRewrappedAndAudited() throws Exception {
    String admin = Keycloak.accessToken("demo.admin");
    String before = Http.json(Http.get(TestEnvironment.publicUrl("/api/v1/vault"), admin))
        .get("currentKekId").asText();

    HttpResponse<String> rotated = Http.postJson(TestEnvironment.publicUrl("/api/v1/vault/kek-rotations"), "", admin);

    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    JsonNode result = Http.json(rotated);
    String after = result.get("currentKekId").asText();
    assertThat(number(after)).isEqualTo(number(before) + 1);
    assertThat(Database.scalar("SELECT count(*) FROM vault_system_key WHERE kek_id <> ?", after))
        .as("no system key is left under an old KEK").isZero();
    assertThat(Database.scalar("SELECT count(*) FROM audit_entry WHERE action = 'vault.kek.rotated'"
        + " AND resource_id = ? AND actor = 'demo.admin'", after)).isEqualTo(1);
    Path keystore = TestEnvironment.home().resolve("secrets/vault-keys.p12");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
  }

  @Test
  void onlyAnAdminMayRotate() {
    String supervisor = Keycloak.accessToken("demo.supervisor");

    HttpResponse<String> refused = Http.postJson(
        TestEnvironment.publicUrl("/api/v1/vault/kek-rotations"), "", supervisor);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Exception");
  }

  private static int number(String kekId) {
    return Integer.parseInt(kekId.substring("kek-".length()));
  }
}
