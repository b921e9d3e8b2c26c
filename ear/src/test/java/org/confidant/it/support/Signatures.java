package org.confidant.it.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The documented signature recipe of the CTI API, written independently of the server's code. */
public final class Signatures {

  private Signatures() {}

  /** The {@code Confidant-Signature} header of a body sent at {@code time}. */
  public static String header(String key, String body, Instant time) {
    return "t=" + time.getEpochSecond() + ",v1=" + hmac(key, time.getEpochSecond() + "." + body);
  }

  /** Hex HMAC-SHA256 of the message, keyed with the secret's characters as bytes. */
  public static String hmac(String key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
