package org.confidant.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Chains for tests: entries, a JDK Ed25519 signer, and the chain walked through a verifier. */
final class TestChains {

  static final Instant T0 = Instant.parse("2026-11-25T00:00:00.123456Z");

  private TestChains() {}

  static EntryContent content(int n) {
    return new EntryContent(T0.plus(Duration.ofMillis(n)), "user-" + (n % 7), "auditor", "contact.read",
        "contact", "c-" + n, n % 5 == 0 ? "DENIED" : "SUCCESS", n % 3 == 0 ? null : "10.0.0." + (n % 250),
        n % 4 == 0 ? "reason " + n : null);
  }

  static List<ChainedEntry> chain(int size) {
    List<AuditChain.Unsealed> unsealed = new ArrayList<>();
    for (int n = 1; n <= size; n++) {
      unsealed.add(new AuditChain.Unsealed(1000 + n, content(n)));
    }
    return new AuditChain().seal(ChainHead.EMPTY, unsealed);
  }

  /** Walks entries (and checkpoints after the entries they cover) through a verifier, then the expected head. */
  static ChainVerification verify(List<ChainedEntry> entries, List<Checkpoint> checkpoints, ChainHead head,
      PublicKey key) {
    ChainVerifier verifier = new ChainVerifier(ChainHead.EMPTY, key);
    int next = 0;
    for (ChainedEntry entry : entries) {
      while (next < checkpoints.size() && checkpoints.get(next).sequence() < entry.sequence()) {
        verifier.checkpoint(checkpoints.get(next++));
      }
      verifier.entry(entry);
    }
    while (next < checkpoints.size()) {
      verifier.checkpoint(checkpoints.get(next++));
    }
    verifier.expectHead(head);
    return verifier.result(0);
  }

  static ChainHead head(List<ChainedEntry> entries) {
    return AuditChain.headAfter(ChainHead.EMPTY, entries);
  }

  /** An Ed25519 key pair from the JDK, as the vault's signer would give it. */
  static final class JdkSigner implements CheckpointSigner {
    private final KeyPair pair;

    JdkSigner() {
      try {
        pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public byte[] sign(byte[] message) {
      try {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(pair.getPrivate());
        signature.update(message);
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public byte[] publicKey() {
      byte[] encoded = pair.getPublic().getEncoded();
      return Arrays.copyOfRange(encoded, encoded.length - Ed25519Keys.RAW_LENGTH, encoded.length);
    }

    PublicKey verificationKey() {
      return Ed25519Keys.publicKey(publicKey());
    }
  }
}
