package org.confidant.telephony.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What to do with a request that carries an {@code Idempotency-Key}: apply it (first use, or the key's earlier
 * use has expired), answer it with the stored response (a retry of the same request), or refuse it (the same key
 * reused for a different request — most likely a client bug, and guessing which one it meant is unsafe).
 */
public final class Idempotency {

  /** How long a key is remembered. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** The longest key accepted. */
  public static final int MAX_KEY_LENGTH = 255;

  /** What to do with the request. */
  public enum Decision {
    APPLY,
    REPLAY,
    CONFLICT
  }

  /** A key's earlier use: the digest of the request it came with, and when it is forgotten. */
  public record PriorUse(String requestSha256, Instant expiresAt) {}

  private Idempotency() {}

  /** {@code prior} is null when the key was never seen. */
  public static Decision decide(PriorUse prior, String requestSha256, Instant now) {
    if (prior == null || !prior.expiresAt().isAfter(now)) {
      return Decision.APPLY;
    }
    return MessageDigest.isEqual(prior.requestSha256().getBytes(), requestSha256.getBytes())
        ? Decision.REPLAY
        : Decision.CONFLICT;
  }

  /** Whether a header value may serve as a key: 1 to 255 printable ASCII characters, not only spaces. */
  public static boolean isValidKey(String key) {
    return key != null && !key.isBlank() && key.length() <= MAX_KEY_LENGTH
        && key.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
  }

  /** The lowercase hex SHA-256 of a request body: what "the same request" means. */
  public static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
