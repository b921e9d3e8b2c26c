package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.confidant.it.support.Database;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.Http;
import org.confidant.it.support.Keycloak;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper-evident audit trail in the real server: entries appended concurrently form one gap-free chain; a row
 * changed, deleted or two rows reordered directly in PostgreSQL as the superuser (triggers off for that session) are
 * each named by the verification API; the application's role cannot change or delete audit rows; an export verifies
 * with the command-line verifier from the shipped security-realm.jar and the public key alone.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final String AUDIT = "/api/v1/audit";
  private static String auditor;
  private static String admin;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void tokens() {
    auditor = Keycloak.accessToken("demo.auditor");
    admin = Keycloak.accessToken("demo.admin");
  }

  @Test
  void concurrentAppendsFormOneGapFreeChain() throws Exception {
    appendConcurrently(60);

    JsonNode status = verification();
    assertThat(status.get("status").asText()).isEqualTo("INTACT");
    assertThat(status.get("unsealedEntries").asLong()).isZero();
    assertThat(status.get("checkpointsVerified").asLong()).isPositive();
    long head = status.get("lastSequence").asLong();
    assertThat(Database.scalar("SELECT count(DISTINCT sequence) FROM audit_entry WHERE sequence <= ?", head))
        .isEqualTo(head);
    assertThat(Database.column("SELECT client_address FROM audit_entry WHERE action = 'dead-letter.read'"
        + " ORDER BY id DESC LIMIT 1", null)).containsExactly("127.0.0.1");
  }

  @Test
  void aChangedADeletedAndTwoReorderedRowsAreEachNamed() throws Exception {
    appendConcurrently(10);
    long head = verification().get("lastSequence").asLong();
    long at = head - 4;
    long id = Database.scalar("SELECT id FROM audit_entry WHERE sequence = ?", at);
    long nextId = Database.scalar("SELECT id FROM audit_entry WHERE sequence = ?", at + 1);

    String swap = "UPDATE audit_entry SET sequence = -1 WHERE sequence = " + at + ";"
        + " UPDATE audit_entry SET sequence = " + at + " WHERE sequence = " + (at + 1) + ";"
        + " UPDATE audit_entry SET sequence = " + (at + 1) + " WHERE sequence = -1";
    superuser("CREATE TABLE audit_entry_it_saved AS SELECT * FROM audit_entry WHERE sequence = " + at);
    try {
      superuser("UPDATE audit_entry SET resource_id = 'tampered' WHERE sequence = " + at);
      assertFirstFailure(at, id, "CHANGED");
      superuser("UPDATE audit_entry a SET resource_id = s.resource_id FROM audit_entry_it_saved s WHERE a.id = s.id");
      assertIntact();

      superuser("DELETE FROM audit_entry WHERE sequence = " + at);
      assertFirstFailure(at, null, "MISSING");
      superuser("INSERT INTO audit_entry SELECT * FROM audit_entry_it_saved");
      assertIntact();

      superuser(swap);
      assertFirstFailure(at, nextId, "CHANGED");
      superuser(swap);
      assertIntact();
    } finally {
      superuser("DROP TABLE audit_entry_it_saved");
    }
  }

  @Test
  void theApplicationRoleCannotChangeOrDeleteAuditRows() throws Exception {
    appendConcurrently(1);
    verification();
    try (Connection db = TestEnvironment.database(); Statement sql = db.createStatement()) {
      assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit_entry"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET sequence = sequence + 1000000"
          + " WHERE sequence IS NOT NULL")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_checkpoint"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }
  }

  @Test
  void anExportVerifiesWithTheShippedJarAndThePublicKeyAlone(@TempDir Path dir) throws Exception {
    appendConcurrently(5);
    HttpResponse<String> export = Http.send(HttpRequest.newBuilder(TestEnvironment.publicUrl(AUDIT + "/export"))
        .header("Accept", "application/x-ndjson").header("Authorization", "Bearer " + auditor)
        .timeout(Duration.ofSeconds(60)).GET().build());
    assertThat(export.statusCode()).isEqualTo(200);
    Path exportFile = Files.writeString(dir.resolve("audit.jsonl"), export.body());
    Path keyFile = Files.writeString(dir.resolve("audit.pem"),
        Http.json(Http.get(TestEnvironment.publicUrl(AUDIT + "/public-key"), auditor)).get("pem").asText());
    Path jar = securityRealmJar(dir);

    CommandLine intact = verifyWithTheCommandLine(jar, exportFile, keyFile);
    assertThat(intact.exitCode()).as(intact.output()).isZero();
    assertThat(intact.output()).contains("RESULT: INTACT").containsPattern("and [1-9][0-9]* checkpoints verified");

    String firstEntry = export.body().lines().filter(line -> line.startsWith("{\"type\":\"entry\"")).findFirst()
        .orElseThrow();
    Files.writeString(exportFile, export.body().replace(firstEntry, firstEntry.replace("\"roles\":\"",
        "\"roles\":\"admin,")));
    CommandLine tampered = verifyWithTheCommandLine(jar, exportFile, keyFile);
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.output()).contains("RESULT: BROKEN at entry 1 ");
  }

  @Test
  void badInputAndOtherRolesGetProblemDetails() {
    HttpResponse<String> badWindow = Http.send(HttpRequest.newBuilder(
            TestEnvironment.publicUrl(AUDIT + "/export?from=yesterday"))
        .header("Accept", "application/x-ndjson").header("Authorization", "Bearer " + auditor).GET().build());
    assertThat(badWindow.statusCode()).isEqualTo(400);
    assertThat(badWindow.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(badWindow.body()).contains("invalid-request").doesNotContain("Exception");

    assertThat(Http.get(TestEnvironment.publicUrl(AUDIT + "/verification"), admin).statusCode()).isEqualTo(403);
  }

  /** Audited requests in parallel: reading unknown dead letters is recorded (FAILED) by the REST edge. */
  private static void appendConcurrently(int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = IntStream.range(0, requests).mapToObj(n -> pool.submit(() -> Http.get(
          TestEnvironment.publicUrl("/api/v1/dead-letters/" + UUID.randomUUID()), admin).statusCode())).toList();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(404);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static JsonNode verification() {
    HttpResponse<String> response = Http.get(TestEnvironment.publicUrl(AUDIT + "/verification"), auditor);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static void assertFirstFailure(long sequence, Long entryId, String problem) {
    JsonNode status = verification();
    assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("BROKEN");
    JsonNode failure = status.get("firstFailure");
    assertThat(failure.get("sequence").asLong()).as(status.toString()).isEqualTo(sequence);
    assertThat(failure.get("problem").asText()).isEqualTo(problem);
    if (entryId != null) {
      assertThat(failure.get("entryId").asLong()).isEqualTo(entryId);
    }
  }

  private static void assertIntact() {
    JsonNode status = verification();
    assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("INTACT");
  }

  /** SQL as the database superuser, with triggers off for that session (what a tamperer with that power does). */
  private static void superuser(String sql) {
    TestEnvironment.launcher("db-superuser-sql", "SET session_replication_role = replica;\n" + sql + ";\n");
  }

  private static Path securityRealmJar(Path dir) throws IOException {
    Path jar = dir.resolve("security-realm.jar");
    try (ZipFile ear = new ZipFile(TestEnvironment.ear().toFile());
        InputStream in = ear.getInputStream(ear.getEntry("security-realm.jar"))) {
      Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
    }
    return jar;
  }

  private record CommandLine(int exitCode, String output) {}

  private static CommandLine verifyWithTheCommandLine(Path jar, Path export, Path key) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", jar.toString(),
        "org.confidant.audit.verify.AuditExportVerifier", export.toString(), key.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new CommandLine(process.exitValue(), output);
  }
}
