package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.confidant.it.support.Database;
import org.confidant.it.support.SignedPackages;
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

/**
 * Recordings in the real server: a recording carrying a known marker is stored encrypted — the marker is in no file
 * of the storage directory, no table and not the server log — and plays back exactly the bytes asked for; a paused
 * span is never stored; the export is a zip whose manifest verifies with the published key. A purge destroys the
 * key of an expired recording (it can no longer be played, and the purge is in the audit trail), a legal hold keeps
 * another one, and releasing the hold takes a second person. A KEK rotation rewraps recordings' keys.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingsIT {

  private static final String RECORDINGS = "/api/v1/recordings";
  private static final int LENGTH = 2_500_000;

  private static String telephony;
  private static String supervisor;
  private static String admin;
  private static String auditor;
  private static String agent;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  @BeforeAll
  static void logIn() {
    telephony = Keycloak.telephonyToken();
    supervisor = Keycloak.accessToken("demo.supervisor");
    admin = Keycloak.accessToken("demo.admin");
    auditor = Keycloak.accessToken("demo.auditor");
    agent = Keycloak.accessToken("demo.agent");
  }

  @Test
  void aRecordingIsStoredEncryptedNeverPausedAndPlaysBackExactlyTheBytesAskedFor() throws Exception {
    String marker = "CONFIDANT-MARKER-" + UUID.randomUUID();
    String cardDigits = "CARD-" + UUID.randomUUID();
    byte[] source = media(marker, LENGTH);
    int pausedFrom = 1_000_000;
    byte[] card = cardDigits.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(card, 0, source, pausedFrom + 10, card.length);
    int pausedTo = pausedFrom + 50_000;
    byte[] stored = concat(Arrays.copyOfRange(source, 0, pausedFrom), Arrays.copyOfRange(source, pausedTo, LENGTH));
    UUID callId = UUID.randomUUID();

    HttpResponse<String> ingested = ingest(source, "callId=" + callId + "&party=ext-2001&party=demo.agent"
        + "&durationMs=156000&paused=" + pausedFrom + "-" + pausedTo);
    assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(201);
    JsonNode recording = Http.json(ingested);
    String id = recording.get("id").asText();
    assertThat(recording.get("sizeBytes").asLong()).isEqualTo(stored.length);
    assertThat(recording.get("sha256").asText()).isEqualTo(sha256(stored));
    assertThat(recording.at("/pausedGaps/0/storedOffset").asLong()).isEqualTo(pausedFrom);
    assertThat(recording.at("/pausedGaps/0/lengthBytes").asLong()).isEqualTo(pausedTo - pausedFrom);

    assertNowhereInPlaintext(marker, id);
    assertNowhereInPlaintext(cardDigits, id);

    HttpResponse<byte[]> range = play(id, "bytes=999990-1000020", supervisor);
    assertThat(range.statusCode()).isEqualTo(206);
    assertThat(range.headers().firstValue("Content-Range")).contains("bytes 999990-1000020/" + stored.length);
    assertThat(range.body()).isEqualTo(Arrays.copyOfRange(stored, 999_990, 1_000_021));
    assertThat(play(id, "bytes=-7", supervisor).body())
        .isEqualTo(Arrays.copyOfRange(stored, stored.length - 7, stored.length));
    assertThat(play(id, "bytes=2097150-2097160", supervisor).body()).as("across a 1 MB segment boundary")
        .isEqualTo(Arrays.copyOfRange(stored, 2_097_150, 2_097_161));
    HttpResponse<byte[]> whole = play(id, null, supervisor);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(stored);
    HttpResponse<byte[]> beyond = play(id, "bytes=" + stored.length + "-", supervisor);
    assertThat(beyond.statusCode()).isEqualTo(416);
    assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + stored.length);

    assertThat(play(id, null, agent).statusCode()).isEqualTo(403);
    assertThat(play(id, null, auditor).statusCode()).as("auditors see metadata, not content").isEqualTo(403);
    assertThat(Http.get(url("/" + id), auditor).statusCode()).isEqualTo(200);
    assertThat(Http.json(Http.get(url("?callId=" + callId), supervisor)).findValuesAsText("id")).containsExactly(id);

    verifyExport(id, stored);
    List<String> audited = audit(id);
    assertThat(audited).contains("demo.supervisor recording.played SUCCESS",
        "demo.supervisor recording.exported SUCCESS");
    assertThat(audited).as("ingested by the telephony client, not the server itself").anyMatch(entry ->
        entry.endsWith(" recording.ingested SUCCESS") && !entry.startsWith("system "));
  }

  @Test
  void aPurgeShredsExpiredRecordingsButALegalHoldKeepsOneUntilASecondPersonReleasesIt() throws Exception {
    UUID queue = UUID.randomUUID();
    UUID heldCase = UUID.randomUUID();
    HttpResponse<String> policy = Http.putJson(TestEnvironment.publicUrl("/api/v1/retention/policies"),
        "{\"queueId\":\"" + queue + "\",\"recordType\":\"RECORDING\",\"retention\":\"P0D\"}", admin);
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    String held = ingestedId("callId=" + UUID.randomUUID() + "&queueId=" + queue + "&caseId=" + heldCase);
    String expired = ingestedId("callId=" + UUID.randomUUID() + "&queueId=" + queue);
    Path expiredFile = fileOf(expired);
    assertThat(expiredFile).exists();

    HttpResponse<String> placed = Http.postJson(TestEnvironment.publicUrl("/api/v1/legal-holds"),
        "{\"subjectType\":\"CASE\",\"subjectId\":\"" + heldCase + "\",\"reference\":\"DOCKET 2026/17\"}", supervisor);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    String hold = Http.json(placed).get("id").asText();

    JsonNode report = purge();
    assertThat(texts(report.get("purged")))
        .contains(expired).doesNotContain(held);
    assertThat(texts(report.get("heldBack"))).contains(held);

    assertThat(Database.scalar("SELECT count(*) FROM recording WHERE id = ?::uuid AND wrapped_key IS NULL"
        + " AND purged_at IS NOT NULL", expired)).as("its key is destroyed").isEqualTo(1);
    assertThat(expiredFile).doesNotExist();
    HttpResponse<byte[]> gone = play(expired, null, supervisor);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(audit(expired)).contains("demo.admin recording.purged SUCCESS");
    assertThat(play(held, "bytes=0-9", supervisor).statusCode()).as("the hold kept it").isEqualTo(206);

    URI release = TestEnvironment.publicUrl("/api/v1/legal-holds/" + hold + "/release-request");
    URI approve = TestEnvironment.publicUrl("/api/v1/legal-holds/" + hold + "/release-approval");
    assertThat(Http.postJson(approve, "", admin).statusCode()).as("nothing asked yet").isEqualTo(409);
    assertThat(Http.postJson(release, "", supervisor).statusCode()).isEqualTo(200);
    HttpResponse<String> selfApproved = Http.postJson(approve, "", supervisor);
    assertThat(selfApproved.statusCode()).isEqualTo(403);
    assertThat(Http.json(selfApproved).get("type").asText()).endsWith("/second-person-required");
    assertThat(texts(purge().get("heldBack"))).as("a requested release still holds").contains(held);
    HttpResponse<String> approved = Http.postJson(approve, "", admin);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(Http.json(approved).get("state").asText()).isEqualTo("RELEASED");
    assertThat(audit(hold)).contains("demo.supervisor legal-hold.placed SUCCESS",
        "demo.supervisor legal-hold.release-requested SUCCESS", "demo.supervisor legal-hold.released DENIED",
        "demo.admin legal-hold.released SUCCESS");

    assertThat(texts(purge().get("purged"))).contains(held);
    assertThat(play(held, null, supervisor).statusCode()).isEqualTo(410);
    assertThat(Http.delete(TestEnvironment.publicUrl("/api/v1/retention/policies?queueId=" + queue
        + "&recordType=RECORDING"), admin).statusCode()).isEqualTo(204);
  }

  @Test
  void aKekRotationRewrapsRecordingsKeysAndTheyStillPlay() throws SQLException {
    byte[] media = media("rotate me", 3_000);
    String id = Http.json(ingest(media, "callId=" + UUID.randomUUID())).get("id").asText();

    HttpResponse<String> rotated = Http.postJson(TestEnvironment.publicUrl("/api/v1/vault/kek-rotations"), "", admin);
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    String current = Http.json(rotated).get("currentKekId").asText();

    assertThat(Database.scalar("SELECT count(*) FROM recording WHERE purged_at IS NULL AND kek_id <> ?", current))
        .as("no recording key left under an old KEK").isZero();
    assertThat(play(id, "bytes=100-199", supervisor).body()).isEqualTo(Arrays.copyOfRange(media, 100, 200));
  }

  @Test
  void onlyTelephonySystemsIngestAndOnlyAdminsPurge() {
    assertThat(ingestAs(new byte[] {1, 2, 3}, "callId=" + UUID.randomUUID(), supervisor).statusCode())
        .isEqualTo(403);
    assertThat(Http.postJson(TestEnvironment.publicUrl("/api/v1/retention/purges"), "", supervisor).statusCode())
        .isEqualTo(403);
    HttpResponse<String> invalid = ingestAs(new byte[] {1}, "callId=not-a-uuid&paused=9-3", telephony);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("callId").doesNotContain("Exception");
  }

  // --- helpers ---

  /** Scans the storage directory, every table and the server log for a plaintext marker (and its hex form). */
  private static void assertNowhereInPlaintext(String marker, String recordingId) throws IOException, SQLException {
    byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
    String hex = HexFormat.of().formatHex(needle);
    Path storage = storageDirectory();
    try (Stream<Path> files = Files.walk(storage)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).as("the recording's file is there").anyMatch(file -> file.toString().contains(recordingId));
      for (Path file : all) {
        assertThat(indexOf(Files.readAllBytes(file), needle)).as("plaintext in " + file).isEqualTo(-1);
      }
    }
    for (String table : Database.column("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", null)) {
      String dump = String.join("\n", Database.column(
          "SELECT row_to_json(t)::text FROM \"" + table + "\" t", null));
      assertThat(dump).as("table " + table).doesNotContain(marker).doesNotContainIgnoringCase(hex);
    }
    try (Stream<Path> logs = Files.list(TestEnvironment.home().resolve("wildfly/log"))) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        assertThat(indexOf(Files.readAllBytes(log), needle)).as("plaintext in " + log).isEqualTo(-1);
      }
    }
  }

  private void verifyExport(String id, byte[] stored) throws Exception {
    HttpResponse<byte[]> export = Http.sendForBytes(HttpRequest.newBuilder(url("/" + id + "/export"))
        .header("Authorization", "Bearer " + supervisor).GET().build());
    assertThat(export.statusCode()).isEqualTo(200);
    Map<String, byte[]> entries = SignedPackages.unzip(export.body());
    assertThat(entries).containsOnlyKeys("recording.wav", "manifest.json", "manifest.sig", "export-signing-key.pem");
    assertThat(entries.get("recording.wav")).isEqualTo(stored);
    JsonNode manifest = Http.JSON.readTree(entries.get("manifest.json"));
    assertThat(manifest.get("recordingId").asText()).isEqualTo(id);
    assertThat(manifest.get("sha256").asText()).isEqualTo(sha256(stored));

    assertThat(SignedPackages.verifies(SignedPackages.exportSigningKey(auditor), entries.get("manifest.json"),
        entries.get("manifest.sig"))).as("the manifest's signature verifies").isTrue();
  }

  private static JsonNode purge() {
    HttpResponse<String> purged = Http.postJson(TestEnvironment.publicUrl("/api/v1/retention/purges"), "", admin);
    assertThat(purged.statusCode()).as(purged.body()).isEqualTo(200);
    return Http.json(purged);
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static String ingestedId(String query) {
    HttpResponse<String> ingested = ingest(media("held or not", 5_000), query);
    assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(201);
    return Http.json(ingested).get("id").asText();
  }

  private static HttpResponse<String> ingest(byte[] media, String query) {
    return ingestAs(media, query, telephony);
  }

  private static HttpResponse<String> ingestAs(byte[] media, String query, String token) {
    return Http.send(HttpRequest.newBuilder(url("?" + query)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "audio/wav")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(media)))
        .build());
  }

  private static HttpResponse<byte[]> play(String id, String range, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url("/" + id + "/media")).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
    if (range != null) {
      request.header("Range", range);
    }
    return Http.sendForBytes(request.GET().build());
  }

  private static List<String> audit(String resourceId) throws SQLException {
    return Database.column("SELECT actor || ' ' || action || ' ' || outcome FROM audit_entry WHERE resource_id = ?"
        + " ORDER BY id", resourceId);
  }

  private static Path storageDirectory() {
    return TestEnvironment.home().resolve("wildfly/data/confidant/recordings");
  }

  private static Path fileOf(String id) {
    return storageDirectory().resolve(id.substring(0, 2)).resolve(id + ".rec");
  }

  private static URI url(String path) {
    return TestEnvironment.publicUrl(RECORDINGS + path);
  }

  /** Media-like bytes with the marker every 100 kB. */
  private static byte[] media(String marker, int length) {
    byte[] media = new byte[length];
    for (int i = 0; i < length; i++) {
      media[i] = (byte) (i * 31 + (i >> 9));
    }
    byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
    for (int at = 0; at + needle.length < length; at += 100_000) {
      System.arraycopy(needle, 0, media, at, needle.length);
    }
    return media;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Where {@code needle} is in {@code haystack}, or -1 (Latin-1 maps every byte to one char). */
  static int indexOf(byte[] haystack, byte[] needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(new String(needle, StandardCharsets.ISO_8859_1));
  }
}
