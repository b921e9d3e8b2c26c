package org.confidant.audit.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Verifies an export read line by line ({@link AuditExportWriter} wrote it) with the public key alone: the chain
 * from the export's anchor, every checkpoint's signature and head hash, and that the file is complete.
 */
public final class ExportVerifier {

  private final PublicKey key;
  private final LongConsumer progress;
  private final long progressEvery;

  /** {@code progress} hears the number of entries verified every {@code progressEvery} entries. */
  public ExportVerifier(PublicKey key, LongConsumer progress, long progressEvery) {
    this.key = key;
    this.progress = progress;
    this.progressEvery = progressEvery;
  }

  public ChainVerification verify(BufferedReader lines) throws IOException {
    ChainVerifier verifier = null;
    boolean ended = false;
    long entries = 0;
    long lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> json = FlatJson.parse(line);
        String type = text(json, "type");
        if (verifier == null) {
          verifier = new ChainVerifier(anchor(json, type), key);
        } else if (ended) {
          throw new IllegalArgumentException("a line after the end line");
        } else if ("entry".equals(type)) {
          verifier.entry(entry(json));
          if (++entries % progressEvery == 0) {
            progress.accept(entries);
          }
        } else if ("checkpoint".equals(type)) {
          verifier.checkpoint(checkpoint(json));
        } else if ("end".equals(type)) {
          ended = true;
        } else {
          throw new IllegalArgumentException("unknown line type " + type);
        }
      } catch (RuntimeException unreadable) {
        ChainVerifier failed = verifier == null ? new ChainVerifier(ChainHead.EMPTY, key) : verifier;
        failed.unreadable(failed.verifiedHead().sequence() + 1,
            "line " + lineNumber + " cannot be read: " + unreadable.getMessage());
        return failed.result(0);
      }
      if (verifier.broken()) {
        return verifier.result(0);
      }
    }
    if (verifier == null) {
      verifier = new ChainVerifier(ChainHead.EMPTY, key);
      verifier.unreadable(1, "the export is empty");
    } else if (!ended) {
      verifier.unreadable(verifier.verifiedHead().sequence() + 1, "the export ends early (no end line)");
    }
    return verifier.result(0);
  }

  private static ChainHead anchor(Map<String, Object> header, String type) {
    if (!"export".equals(type) || !AuditExportWriter.FORMAT.equals(header.get("format"))) {
      throw new IllegalArgumentException("not a " + AuditExportWriter.FORMAT + " header");
    }
    return new ChainHead(number(header, "anchorSequence"), ChainHash.fromHex(text(header, "anchorHash")));
  }

  static ChainedEntry entry(Map<String, Object> json) {
    EntryContent content = new EntryContent(Instant.parse(text(json, "recordedAt")), optional(json, "actor"),
        optional(json, "roles"), optional(json, "action"), optional(json, "resourceType"),
        optional(json, "resourceId"), optional(json, "outcome"), optional(json, "clientAddress"),
        optional(json, "reason"));
    return new ChainedEntry(number(json, "id"), number(json, "sequence"), content,
        ChainHash.fromHex(text(json, "hash")));
  }

  static Checkpoint checkpoint(Map<String, Object> json) {
    return new Checkpoint(number(json, "sequence"), ChainHash.fromHex(text(json, "headHash")),
        Instant.parse(text(json, "signedAt")), Base64.getDecoder().decode(text(json, "signature")));
  }

  private static String text(Map<String, Object> json, String name) {
    if (json.get(name) instanceof String value) {
      return value;
    }
    throw new IllegalArgumentException("no text member " + name);
  }

  private static String optional(Map<String, Object> json, String name) {
    Object value = json.get(name);
    if (value == null && !json.containsKey(name)) {
      throw new IllegalArgumentException("no member " + name);
    }
    return value == null ? null : text(json, name);
  }

  private static long number(Map<String, Object> json, String name) {
    if (json.get(name) instanceof Long value) {
      return value;
    }
    throw new IllegalArgumentException("no number member " + name);
  }
}
