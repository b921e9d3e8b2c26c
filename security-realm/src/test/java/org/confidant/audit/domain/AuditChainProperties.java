package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.confidant.audit.domain.ChainFinding.Problem;

/** Any single change, deletion or reorder of a sealed chain is detected, and the first place it touches is named. */
class AuditChainProperties {

  private static final TestChains.JdkSigner SIGNER = new TestChains.JdkSigner();

  @Property(tries = 200)
  void anyChangedFieldIsNamed(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll @IntRange(max = 10_000) int place,
      @ForAll @IntRange(min = 0, max = 9) int field, @ForAll String text) {
    int at = place % size;
    List<ChainedEntry> chain = TestChains.chain(size);
    ChainedEntry target = chain.get(at);
    EntryContent changed = change(target.content(), field, text);
    Assume.that(!changed.equals(target.content()));
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    tampered.set(at, new ChainedEntry(target.id(), target.sequence(), changed, target.hash()));

    ChainFinding finding = verify(tampered, chain).firstFailure();
    assertThat(finding.sequence()).isEqualTo(at + 1L);
    assertThat(finding.problem()).isEqualTo(Problem.CHANGED);
    assertThat(finding.entryId()).isEqualTo(target.id());
  }

  @Property(tries = 200)
  void anyDeletedEntryIsNamed(@ForAll @IntRange(min = 1, max = 40) int size, @ForAll @IntRange(max = 10_000) int place) {
    int at = place % size;
    List<ChainedEntry> chain = TestChains.chain(size);
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    tampered.remove(at);

    ChainFinding finding = verify(tampered, chain).firstFailure();
    assertThat(finding.sequence()).isEqualTo(at + 1L);
    assertThat(finding.problem()).isEqualTo(Problem.MISSING);
  }

  @Property(tries = 200)
  void anySwapOfTwoEntriesIsNamedAtTheFirst(@ForAll @IntRange(min = 2, max = 40) int size,
      @ForAll @IntRange(max = 10_000) int place, @ForAll @IntRange(max = 10_000) int distance,
      @ForAll boolean keepSequences) {
    int first = place % (size - 1);
    int second = first + 1 + distance % (size - first - 1);
    List<ChainedEntry> chain = TestChains.chain(size);
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    ChainedEntry a = chain.get(first);
    ChainedEntry b = chain.get(second);
    if (keepSequences) {
      // rows exchange their sequence numbers: read in sequence order, b now stands where a stood
      tampered.set(first, new ChainedEntry(b.id(), a.sequence(), b.content(), b.hash()));
      tampered.set(second, new ChainedEntry(a.id(), b.sequence(), a.content(), a.hash()));
    } else {
      // rows keep their numbers but come out of order
      tampered.set(first, b);
      tampered.set(second, a);
    }

    ChainFinding finding = verify(tampered, chain).firstFailure();
    assertThat(finding.sequence()).isEqualTo(first + 1L);
    assertThat(finding.problem()).isIn(Problem.CHANGED, Problem.MISSING);
  }

  @Property(tries = 100)
  void anUntouchedChainAlwaysVerifies(@ForAll @IntRange(min = 0, max = 60) int size) {
    List<ChainedEntry> chain = TestChains.chain(size);
    assertThat(verify(chain, chain).intact()).isTrue();
  }

  private static ChainVerification verify(List<ChainedEntry> tampered, List<ChainedEntry> original) {
    ChainHead head = TestChains.head(original);
    List<Checkpoint> checkpoints = head.sequence() == 0 ? List.of()
        : List.of(Checkpoint.sign(head, TestChains.T0, SIGNER));
    return TestChains.verify(tampered, checkpoints, head, SIGNER.verificationKey());
  }

  private static EntryContent change(EntryContent c, int field, String text) {
    return switch (field) {
      case 0 -> new EntryContent(c.recordedAt().plusNanos(1000), c.actor(), c.roles(), c.action(), c.resourceType(),
          c.resourceId(), c.outcome(), c.clientAddress(), c.reason());
      case 1 -> new EntryContent(c.recordedAt(), text, c.roles(), c.action(), c.resourceType(), c.resourceId(),
          c.outcome(), c.clientAddress(), c.reason());
      case 2 -> new EntryContent(c.recordedAt(), c.actor(), text, c.action(), c.resourceType(), c.resourceId(),
          c.outcome(), c.clientAddress(), c.reason());
      case 3 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), text, c.resourceType(), c.resourceId(),
          c.outcome(), c.clientAddress(), c.reason());
      case 4 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), text, c.resourceId(),
          c.outcome(), c.clientAddress(), c.reason());
      case 5 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), c.resourceType(), text,
          c.outcome(), c.clientAddress(), c.reason());
      case 6 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), c.resourceType(),
          c.resourceId(), text, c.clientAddress(), c.reason());
      case 7 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), c.resourceType(),
          c.resourceId(), c.outcome(), text, c.reason());
      case 8 -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), c.resourceType(),
          c.resourceId(), c.outcome(), c.clientAddress(), text);
      default -> new EntryContent(c.recordedAt(), c.actor(), c.roles(), c.action(), c.resourceType(),
          c.resourceId() == null ? "" : null, c.outcome(), c.clientAddress(), c.reason());
    };
  }
}
