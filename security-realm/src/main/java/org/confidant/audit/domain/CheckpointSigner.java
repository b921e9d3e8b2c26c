package org.confidant.audit.domain;

/** Signs checkpoints with the deployment's audit-checkpoint key (Ed25519). */
public interface CheckpointSigner {

  /** A plain 64-byte Ed25519 signature (RFC 8032) of {@code message}. */
  byte[] sign(byte[] message);

  /** The raw 32-byte Ed25519 public key that verifies the signatures. */
  byte[] publicKey();
}
