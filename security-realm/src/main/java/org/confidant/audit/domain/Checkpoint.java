package org.confidant.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A signed statement "at {@code signedAt} the chain's entry {@code sequence} had hash {@code headHash}". */
public record Checkpoint(long sequence, ChainHash headHash, Instant signedAt, byte[] signature) {

  public Checkpoint {
    Objects.requireNonNull(headHash, "headHash");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(signature, "signature");
    signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    signature = signature.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** Signs the head of the chain at {@code now}. */
  public static Checkpoint sign(ChainHead head, Instant now, CheckpointSigner signer) {
    Instant signedAt = now.truncatedTo(ChronoUnit.MICROS);
    return new Checkpoint(head.sequence(), head.hash(), signedAt,
        signer.sign(CanonicalCheckpoint.encode(head.sequence(), head.hash(), signedAt)));
  }

  /** The bytes the signature covers. */
  public byte[] canonical() {
    return CanonicalCheckpoint.encode(sequence, headHash, signedAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint that && sequence == that.sequence && headHash.equals(that.headHash)
        && signedAt.equals(that.signedAt) && java.util.Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, headHash, signedAt);
  }

  @Override
  public String toString() {
    return "Checkpoint[sequence=" + sequence + ", headHash=" + headHash + ", signedAt=" + signedAt + "]";
  }
}
