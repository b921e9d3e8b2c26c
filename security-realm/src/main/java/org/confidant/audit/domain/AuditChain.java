package org.confidant.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash chain: entry n's hash is SHA-256(hash of entry n-1 || canonical form of entry n), the first entry's
 * predecessor being {@link ChainHash#GENESIS}. An instance reuses its digest and buffer: one per thread.
 */
public final class AuditChain {

  private final MessageDigest sha256;
  private final CanonicalForm form = new CanonicalForm();

  public AuditChain() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The hash of {@code content} placed at {@code sequence} right after an entry whose hash is {@code previous}. */
  public ChainHash link(ChainHash previous, long sequence, EntryContent content) {
    previous.writeTo(sha256);
    CanonicalEntry.write(form, sequence, content).writeTo(sha256);
    return ChainHash.of(sha256.digest());
  }

  /** Seals entries after {@code head}, in the order given: sequences head+1, head+2, … with their hashes. */
  public List<ChainedEntry> seal(ChainHead head, List<Unsealed> entries) {
    List<ChainedEntry> sealed = new ArrayList<>(entries.size());
    ChainHash previous = head.hash();
    long sequence = head.sequence();
    for (Unsealed entry : entries) {
      sequence++;
      previous = link(previous, sequence, entry.content());
      sealed.add(new ChainedEntry(entry.id(), sequence, entry.content(), previous));
    }
    return sealed;
  }

  /** The head after the entries {@link #seal} returned, or {@code head} if there were none. */
  public static ChainHead headAfter(ChainHead head, List<ChainedEntry> sealed) {
    if (sealed.isEmpty()) {
      return head;
    }
    ChainedEntry last = sealed.get(sealed.size() - 1);
    return new ChainHead(last.sequence(), last.hash());
  }

  /** A committed entry not chained yet, by its row id. */
  public record Unsealed(long id, EntryContent content) {}
}
