package org.confidant.audit.domain;

import java.util.Base64;

/** A sample export and its public key, for tests outside this package. */
public record ExportSamples(String export, byte[] publicKey) {

  public static ExportSamples tenEntries() {
    TestChains.JdkSigner signer = new TestChains.JdkSigner();
    return new ExportSamples(ExportVerifierTest.export(TestChains.chain(10), signer), signer.publicKey());
  }

  public String publicKeyPem() {
    return Ed25519Keys.pem(publicKey);
  }

  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey);
  }
}
