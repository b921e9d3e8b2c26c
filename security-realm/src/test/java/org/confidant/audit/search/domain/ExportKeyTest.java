package org.confidant.audit.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ExportKeyTest {

  @Test
  void thePemKeyVerifiesAnEd25519SignatureWithThePlainJdk() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] encoded = pair.getPublic().getEncoded();
    byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    byte[] file = "id,recorded_at\r\n".getBytes(StandardCharsets.UTF_8);
    Signature signing = Signature.getInstance("Ed25519");
    signing.initSign(pair.getPrivate());
    signing.update(file);
    byte[] signature = signing.sign();

    ExportKey key = new ExportKey(raw);
    String base64 = key.pem().replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
        .strip();
    PublicKey fromPem = KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    Signature verifying = Signature.getInstance("Ed25519");
    verifying.initVerify(fromPem);
    verifying.update(file);

    assertThat(key.x509()).isEqualTo(encoded);
    assertThat(verifying.verify(signature)).isTrue();
    assertThat(key.id()).hasSize(16).isEqualTo(ExportKey.sha256Hex(raw).substring(0, 16));
  }
}
