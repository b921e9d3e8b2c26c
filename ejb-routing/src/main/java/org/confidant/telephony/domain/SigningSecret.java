package org.confidant.telephony.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A connector's signing secret: 256 random bits as 64 hex characters (easy to paste into a PBX's settings). */
public final class SigningSecret {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SigningSecret() {}

  public static String generate() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return HexFormat.of().formatHex(bits);
  }
}
