package org.confidant.audit.domain;

/**
 * The first place where the chain does not verify: the sequence number (and row id, when there is a row) of the
 * entry or checkpoint, what is wrong, and a sentence for people.
 */
public record ChainFinding(long sequence, Long entryId, Problem problem, String detail) {

  /** What can be wrong at a place in the chain. */
  public enum Problem {
    /** The entry's content or stored hash is not what was sealed at this place (changed, moved, or made up). */
    CHANGED,
    /** No entry has this sequence number: deleted (or the chain was cut here). */
    MISSING,
    /** An entry with a sequence number already passed: duplicated or out of order. */
    OUT_OF_ORDER,
    /** The entries up to a checkpoint hash to something else than what was signed: rewritten after signing. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature does not verify with the public key. */
    BAD_SIGNATURE,
    /** An entry beyond the recorded head of the chain. */
    BEYOND_HEAD,
    /** An export line that cannot be read. */
    UNREADABLE
  }

  static ChainFinding of(long sequence, Long entryId, Problem problem, String detail) {
    return new ChainFinding(sequence, entryId, problem, detail);
  }
}
