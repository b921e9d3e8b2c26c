package org.confidant.audit.domain;

import java.security.PublicKey;
import java.util.Objects;
import org.confidant.audit.domain.ChainFinding.Problem;

/**
 * Walks a chain given in sequence order — entries, each checkpoint right after the entry it covers — recomputing
 * every hash from the previous one (never trusting a stored hash), and stops at the first place that does not
 * verify. Constant memory: it keeps the last verified head only. Not thread-safe.
 */
public final class ChainVerifier {

  private final AuditChain chain = new AuditChain();
  private final PublicKey key;
  private final long anchorSequence;
  private ChainHead verified;
  private long entries;
  private long checkpoints;
  private Checkpoint lastCheckpoint;
  private ChainFinding failure;

  /** Verifies the chain after {@code anchor} ({@link ChainHead#EMPTY} for a whole chain). */
  public ChainVerifier(ChainHead anchor, PublicKey key) {
    this.verified = Objects.requireNonNull(anchor, "anchor");
    this.anchorSequence = anchor.sequence();
    this.key = Objects.requireNonNull(key, "key");
  }

  /** The next entry; false once the chain is broken. */
  public boolean entry(ChainedEntry entry) {
    if (failure != null) {
      return false;
    }
    long expected = verified.sequence() + 1;
    if (entry.sequence() > expected) {
      return fail(expected, null, Problem.MISSING, "entry " + expected + " is missing (the next one present is "
          + entry.sequence() + ")");
    }
    if (entry.sequence() < expected) {
      return fail(entry.sequence(), entry.id(), Problem.OUT_OF_ORDER, "entry " + entry.sequence()
          + " comes again after entry " + verified.sequence());
    }
    ChainHash hash = chain.link(verified.hash(), entry.sequence(), entry.content());
    if (!hash.equals(entry.hash())) {
      return fail(entry.sequence(), entry.id(), Problem.CHANGED, "entry " + entry.sequence()
          + " does not verify: its content or hash is not what was sealed at this place");
    }
    verified = new ChainHead(entry.sequence(), hash);
    entries++;
    return true;
  }

  /** A checkpoint, right after the entry it covers; false once the chain is broken. */
  public boolean checkpoint(Checkpoint checkpoint) {
    if (failure != null) {
      return false;
    }
    long at = checkpoint.sequence();
    if (!Ed25519Keys.verifies(key, checkpoint.canonical(), checkpoint.signature())) {
      return fail(at, null, Problem.BAD_SIGNATURE, "the signature of checkpoint " + at + " does not verify");
    }
    if (at > verified.sequence()) {
      long missing = verified.sequence() + 1;
      return fail(missing, null, Problem.MISSING, "entry " + missing + " is missing (checkpoint " + at
          + " covers it)");
    }
    if (at < verified.sequence()) {
      return fail(at, null, Problem.OUT_OF_ORDER, "checkpoint " + at + " comes after entry " + verified.sequence());
    }
    if (!checkpoint.headHash().equals(verified.hash())) {
      long from = lastCheckpoint == null ? anchorSequence + 1 : lastCheckpoint.sequence() + 1;
      return fail(at, null, Problem.CHECKPOINT_MISMATCH, "entries " + from + " to " + at
          + " are not what checkpoint " + at + " signed at " + checkpoint.signedAt() + ": rewritten after signing");
    }
    lastCheckpoint = checkpoint;
    checkpoints++;
    return true;
  }

  /** Where the chain should end (the recorded head); a shorter or longer chain is a finding. */
  public void expectHead(ChainHead head) {
    if (failure != null) {
      return;
    }
    if (verified.sequence() < head.sequence()) {
      long missing = verified.sequence() + 1;
      fail(missing, null, Problem.MISSING, "entry " + missing + " is missing (the chain's head is entry "
          + head.sequence() + ")");
    } else if (verified.sequence() > head.sequence()) {
      fail(head.sequence() + 1, null, Problem.BEYOND_HEAD, "entry " + (head.sequence() + 1)
          + " lies beyond the chain's recorded head");
    } else if (!verified.hash().equals(head.hash())) {
      fail(head.sequence(), null, Problem.CHANGED, "the recorded head does not match entry " + head.sequence());
    }
  }

  /** Records a problem found outside the chain's own rules (an unreadable export line). */
  public void unreadable(long sequence, String detail) {
    if (failure == null) {
      fail(sequence, null, Problem.UNREADABLE, detail);
    }
  }

  public boolean broken() {
    return failure != null;
  }

  public ChainHead verifiedHead() {
    return verified;
  }

  public ChainVerification result(long unsealedEntries) {
    Long checkpointSequence = lastCheckpoint == null ? null : lastCheckpoint.sequence();
    long signedUpTo = lastCheckpoint == null ? anchorSequence : lastCheckpoint.sequence();
    return new ChainVerification(
        failure == null ? ChainVerification.Status.INTACT : ChainVerification.Status.BROKEN,
        entries, checkpoints, verified.sequence(), verified.hash().hex(), checkpointSequence,
        lastCheckpoint == null ? null : lastCheckpoint.signedAt(), verified.sequence() - signedUpTo,
        unsealedEntries, failure);
  }

  private boolean fail(long sequence, Long entryId, Problem problem, String detail) {
    failure = ChainFinding.of(sequence, entryId, problem, detail);
    return false;
  }
}
