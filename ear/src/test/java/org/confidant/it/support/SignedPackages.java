package org.confidant.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Signed export packages as a recipient checks them: unzipped, and verified with the server's export key. */
public final class SignedPackages {

  private SignedPackages() {}

  public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** The export-signing public key, as the server gives it (PEM) to a role that may fetch it. */
  public static String exportSigningKey(String bearerToken) {
    HttpResponse<String> key = Http.send(HttpRequest.newBuilder(
            TestEnvironment.publicUrl("/api/v1/recordings/export-signing-key"))
        .header("Authorization", "Bearer " + bearerToken).header("Accept", "application/x-pem-file").GET().build());
    if (key.statusCode() != 200) {
      throw new AssertionError("no export-signing key: " + key.statusCode() + " " + key.body());
    }
    return key.body();
  }

  /** Whether an Ed25519 signature of the message verifies with the PEM public key, as the JDK checks it. */
  public static boolean verifies(String pem, byte[] message, byte[] signature) throws GeneralSecurityException {
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
        Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(message);
    return verifier.verify(signature);
  }
}
