package org.confidant.it.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as an authenticator app computes them. Keycloak refuses a code used twice, so a secret gets a
 * code from a new 30-second step each time; the caller waits for the next step when it must.
 */
public final class Totp {

  private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
  private static final long STEP_MILLIS = GENERATOR.getTimeStep().toMillis();
  private static final Map<String, Long> LAST_STEP_USED = new HashMap<>();

  private Totp() {}

  /** A code no earlier call has returned for this secret. */
  public static synchronized String freshCode(String secret) {
    long step = currentStep();
    Long lastUsed = LAST_STEP_USED.get(secret);
    if (lastUsed != null && step <= lastUsed) {
      sleepUntilStep(lastUsed + 1);
      step = currentStep();
    }
    LAST_STEP_USED.put(secret, step);
    return codeAt(secret, Instant.ofEpochMilli(step * STEP_MILLIS));
  }

  /** A code that is certainly wrong now (and in the steps either side, which Keycloak also accepts). */
  public static String wrongCode(String secret) {
    Instant now = Instant.now();
    String current = codeAt(secret, now);
    String before = codeAt(secret, now.minusMillis(STEP_MILLIS));
    String after = codeAt(secret, now.plusMillis(STEP_MILLIS));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!code.equals(current) && !code.equals(before) && !code.equals(after)) {
        return code;
      }
    }
  }

  private static String codeAt(String secret, Instant time) {
    try {
      int code = GENERATOR.generateOneTimePassword(
          new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"), time);
      return String.format("%06d", code);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("unusable TOTP secret", e);
    }
  }

  private static long currentStep() {
    return System.currentTimeMillis() / STEP_MILLIS;
  }

  private static void sleepUntilStep(long step) {
    long wait = step * STEP_MILLIS - System.currentTimeMillis() + 50;
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
