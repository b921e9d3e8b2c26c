import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the current RFC 6238 code (6 digits, 30 s, HMAC-SHA1) for a demo user's TOTP secret, read from stdin.
 * Run by the launcher as a single-file program ({@code java Totp.java}); demo convenience only.
 */
public class Totp {
  public static void main(String[] args) throws Exception {
    byte[] secret = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(secret, "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
    int offset = hash[hash.length - 1] & 0xf;
    int code = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
    System.out.printf("%06d%n", code);
  }
}
