package org.confidant.recordings.infrastructure;

import com.google.crypto.tink.PublicKeySign;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.confidant.audit.domain.Ed25519Keys;
import org.confidant.recordings.domain.PauseGap;
import org.confidant.recordings.domain.Recording;
import org.confidant.vault.ExportSigning;

/**
 * A recording's export: a zip holding the decrypted media ({@code recording.<ext>}), {@code manifest.json} (the
 * metadata, the media's SHA-256 and who exported it when), {@code manifest.sig} (the raw 64-byte Ed25519 signature
 * of the manifest's exact bytes) and {@code export-signing-key.pem} (the public key, for convenience: verifiers take
 * the trusted key from the server, see docs/recordings.md). The media's hash is checked against the recorded one
 * while it is written: a package whose media does not match is never completed.
 */
public final class ExportPackage {

  public static final String FORMAT = "confidant-recording-export/1";
  public static final String MANIFEST = "manifest.json";
  public static final String SIGNATURE = "manifest.sig";
  public static final String PUBLIC_KEY = "export-signing-key.pem";

  /** Writes the decrypted media. */
  @FunctionalInterface
  public interface Media {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Map<String, String> EXTENSIONS = Map.of("audio/wav", "wav", "audio/x-wav", "wav",
      "audio/wave", "wav", "audio/mpeg", "mp3", "audio/ogg", "ogg", "audio/opus", "opus", "audio/basic", "au",
      "audio/mp4", "m4a", "video/mp4", "mp4", "video/webm", "webm");

  private final Recording recording;
  private final PublicKeySign signer;
  private final byte[] publicKey;

  public ExportPackage(Recording recording, PublicKeySign signer, byte[] publicKey) {
    this.recording = recording;
    this.signer = signer;
    this.publicKey = publicKey.clone();
  }

  public static String mediaFileName(String mediaType) {
    String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return "recording." + EXTENSIONS.getOrDefault(bare, "bin");
  }

  public void writeTo(OutputStream out, Media media, String exportedBy, Instant exportedAt) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    String fileName = mediaFileName(recording.mediaType());
    zip.putNextEntry(new ZipEntry(fileName));
    MessageDigest sha256 = Digests.sha256();
    media.writeTo(new DigestOutputStream(unclosable(zip), sha256));
    zip.closeEntry();
    if (!HexFormat.of().formatHex(sha256.digest()).equals(recording.sha256())) {
      throw new IOException("recording " + recording.id() + " does not match its recorded SHA-256");
    }
    byte[] manifest = manifest(fileName, exportedBy, exportedAt);
    entry(zip, MANIFEST, manifest);
    entry(zip, SIGNATURE, sign(manifest));
    entry(zip, PUBLIC_KEY, Ed25519Keys.pem(publicKey).getBytes(StandardCharsets.US_ASCII));
    zip.finish();
  }

  private byte[] manifest(String fileName, String exportedBy, Instant exportedAt) {
    JsonObjectBuilder manifest = Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("recordingId", recording.id().toString())
        .add("callId", recording.links().callId().toString());
    optional(manifest, "contactId", recording.links().contactId());
    optional(manifest, "caseId", recording.links().caseId());
    optional(manifest, "matterId", recording.links().matterId());
    optional(manifest, "queueId", recording.links().queueId());
    JsonArrayBuilder parties = Json.createArrayBuilder();
    recording.parties().forEach(parties::add);
    JsonArrayBuilder gaps = Json.createArrayBuilder();
    for (PauseGap gap : recording.gaps()) {
      gaps.add(Json.createObjectBuilder().add("storedOffset", gap.storedOffset())
          .add("sourceOffset", gap.sourceOffset()).add("lengthBytes", gap.length()));
    }
    manifest.add("parties", parties).add("mediaType", recording.mediaType());
    if (recording.durationMillis() != null) {
      manifest.add("durationMillis", recording.durationMillis());
    }
    manifest.add("file", fileName).add("sizeBytes", recording.sizeBytes()).add("sha256", recording.sha256())
        .add("pausedGaps", gaps)
        .add("createdAt", recording.createdAt().toString())
        .add("exportedAt", exportedAt.toString())
        .add("exportedBy", exportedBy)
        .add("signature", Json.createObjectBuilder().add("algorithm", "Ed25519").add("file", SIGNATURE)
            .add("publicKeySha256", HexFormat.of().formatHex(Digests.sha256().digest(publicKey))));
    return manifest.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void optional(JsonObjectBuilder manifest, String name, UUID id) {
    if (id != null) {
      manifest.add(name, id.toString());
    }
  }

  /** The raw 64-byte Ed25519 signature, as openssl and the JDK verify it. */
  private byte[] sign(byte[] manifest) throws IOException {
    try {
      return ExportSigning.rawSignature(signer, manifest);
    } catch (GeneralSecurityException e) {
      throw new IOException("the export could not be signed", e);
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** The media writer may close what it is given; the zip must stay open for the next entries. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int count) throws IOException {
        out.write(bytes, offset, count);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
