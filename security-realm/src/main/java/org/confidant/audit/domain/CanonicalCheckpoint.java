package org.confidant.audit.domain;

import java.time.Instant;

/**
 * The canonical form of a checkpoint, which its Ed25519 signature covers: the tag
 * {@code "confidant-audit-checkpoint/1"}, sequence, head hash (32 bytes, length-prefixed), signedAt
 * (encoding: {@link CanonicalForm}).
 */
public final class CanonicalCheckpoint {

  public static final String TAG = "confidant-audit-checkpoint/1";

  private CanonicalCheckpoint() {}

  public static byte[] encode(long sequence, ChainHash headHash, Instant signedAt) {
    return new CanonicalForm().text(TAG).number(sequence).bytes(headHash.bytes()).instant(signedAt).toBytes();
  }
}
