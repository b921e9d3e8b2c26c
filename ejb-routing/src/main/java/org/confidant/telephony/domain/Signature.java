package org.confidant.telephony.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Confidant-Signature} scheme, both ways (events posted to us, commands we post to a connector):
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}. The key is the secret exactly as
 * issued (its characters' bytes). The timestamp is signed with the body, so a captured request cannot be replayed
 * outside the tolerance window; several {@code v1} values may be sent (any one matching is enough).
 */
public final class Signature {

  /** How far a signature's time may be from ours, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** What checking a signature found. */
  public enum Verdict {
    VALID,
    MISSING,
    MALFORMED,
    EXPIRED,
    MISMATCH
  }

  private static final String ALGORITHM = "HmacSHA256";

  private Signature() {}

  /** The header value signing {@code body} at {@code time}. */
  public static String sign(String secret, Instant time, byte[] body) {
    long seconds = time.getEpochSecond();
    return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
  }

  public static Verdict verify(String secret, String header, byte[] body, Instant now) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    Long seconds = null;
    List<String> values = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        return Verdict.MALFORMED;
      }
      if ("t".equals(pair[0])) {
        seconds = parseSeconds(pair[1]);
      } else if ("v1".equals(pair[0])) {
        values.add(pair[1]);
      }
    }
    if (seconds == null || values.isEmpty()) {
      return Verdict.MALFORMED;
    }
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
      return Verdict.EXPIRED;
    }
    byte[] expected = mac(secret, seconds, body);
    boolean matched = false;
    for (String value : values) {
      // Constant-time comparison of every candidate: the time taken says nothing about how close a guess was.
      matched |= value.length() == 64 && isHex(value)
          && MessageDigest.isEqual(expected, HexFormat.of().parseHex(value));
    }
    return matched ? Verdict.VALID : Verdict.MISMATCH;
  }

  private static Long parseSeconds(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isHex(String value) {
    return value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static byte[] mac(String secret, long seconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
