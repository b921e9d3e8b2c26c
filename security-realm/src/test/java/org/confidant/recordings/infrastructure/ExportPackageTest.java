package org.confidant.recordings.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.recordings.domain.PauseGap;
import org.confidant.recordings.domain.Recording;
import org.confidant.recordings.domain.RecordingLinks;
import org.junit.jupiter.api.Test;

class ExportPackageTest {

  private static final byte[] MEDIA = "RIFF....WAVEfmt some audio".getBytes(StandardCharsets.US_ASCII);

  private static Recording recording(String sha256) {
    return new Recording(UUID.randomUUID(), new RecordingLinks(UUID.randomUUID(), null, UUID.randomUUID(), null, null),
        List.of("ext-2001", "demo.agent"), "audio/wav", 1500L, MEDIA.length, sha256, List.of(new PauseGap(4, 4, 10)),
        Instant.parse("2026-11-25T08:00:00Z"), null);
  }

  @Test
  void thePackageHoldsTheMediaAndAManifestWhoseSignatureVerifiesWithThePublishedKey() throws Exception {
    KeysetHandle keyset = TestKeys.signingKeyset();
    byte[] rawPublicKey = rawEd25519(keyset);
    Recording recording = recording(sha256(MEDIA));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    new ExportPackage(recording, TestKeys.signer(keyset), rawPublicKey)
        .writeTo(zip, out -> out.write(MEDIA), "demo.supervisor", Instant.parse("2026-11-25T09:00:00Z"));

    Map<String, byte[]> entries = unzip(zip.toByteArray());
    assertThat(entries).containsOnlyKeys("recording.wav", "manifest.json", "manifest.sig", "export-signing-key.pem");
    assertThat(entries.get("recording.wav")).isEqualTo(MEDIA);

    JsonObject manifest = Json.createReader(new StringReader(new String(entries.get("manifest.json"),
        StandardCharsets.UTF_8))).readObject();
    assertThat(manifest.getString("recordingId")).isEqualTo(recording.id().toString());
    assertThat(manifest.getString("sha256")).isEqualTo(sha256(MEDIA));
    assertThat(manifest.getString("exportedBy")).isEqualTo("demo.supervisor");
    assertThat(manifest.getJsonArray("pausedGaps")).hasSize(1);

    PublicKey published = publicKeyFromPem(Ed25519Keys.pem(rawPublicKey));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(published);
    verifier.update(entries.get("manifest.json"));
    assertThat(verifier.verify(entries.get("manifest.sig"))).isTrue();
    assertThat(new String(entries.get("export-signing-key.pem"), StandardCharsets.US_ASCII))
        .isEqualTo(Ed25519Keys.pem(rawPublicKey));
  }

  @Test
  void mediaThatDoesNotMatchItsRecordedHashIsNeverPackaged() throws Exception {
    KeysetHandle keyset = TestKeys.signingKeyset();
    ExportPackage tampered = new ExportPackage(recording(sha256("other".getBytes(StandardCharsets.US_ASCII))),
        TestKeys.signer(keyset), rawEd25519(keyset));
    assertThatThrownBy(() -> tampered.writeTo(new ByteArrayOutputStream(), out -> out.write(MEDIA), "x",
        Instant.now())).isInstanceOf(IOException.class).hasMessageContaining("SHA-256");
  }

  @Test
  void theMediaFileIsNamedAfterItsType() {
    assertThat(ExportPackage.mediaFileName("audio/wav")).isEqualTo("recording.wav");
    assertThat(ExportPackage.mediaFileName("audio/ogg; codecs=opus")).isEqualTo("recording.ogg");
    assertThat(ExportPackage.mediaFileName("application/octet-stream")).isEqualTo("recording.bin");
  }

  /** The vault's publicKey(...) gives the raw 32 bytes; here they come from Tink's public keyset. */
  private static byte[] rawEd25519(KeysetHandle keyset) throws Exception {
    com.google.crypto.tink.signature.Ed25519PublicKey key =
        (com.google.crypto.tink.signature.Ed25519PublicKey) keyset.getPublicKeysetHandle().getPrimary().getKey();
    return key.getPublicKeyBytes().toByteArray();
  }

  static PublicKey publicKeyFromPem(String pem) throws Exception {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
