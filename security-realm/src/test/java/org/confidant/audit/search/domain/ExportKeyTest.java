package org.confidant.audit.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import org.confidant.audit.domain.Ed25519Keys;
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

    assertThat(Ed25519Keys.verifies(Ed25519Keys.publicKey(Ed25519Keys.parse(key.pem())), file, signature)).isTrue();
    assertThat(key.id()).hasSize(16).isEqualTo(ExportKey.sha256Hex(raw).substring(0, 16));
  }
}
