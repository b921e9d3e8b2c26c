package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confidant.audit.domain.ChainFinding.Problem;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private final TestChains.JdkSigner signer = new TestChains.JdkSigner();
  private final List<ChainedEntry> entries = TestChains.chain(10);
  private final Instant now = Instant.parse("2026-11-25T01:00:00Z");
  private final List<Checkpoint> checkpoints = List.of(
      Checkpoint.sign(new ChainHead(4, entries.get(3).hash()), now, signer),
      Checkpoint.sign(new ChainHead(8, entries.get(7).hash()), now.plusSeconds(60), signer));

  @Test
  void anUntouchedChainIsIntact() {
    ChainVerification result = verify(entries);

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesVerified()).isEqualTo(10);
    assertThat(result.checkpointsVerified()).isEqualTo(2);
    assertThat(result.lastCheckpointSequence()).isEqualTo(8);
    assertThat(result.unsignedEntries()).isEqualTo(2);
  }

  @Test
  void aChangedEntryIsNamed() {
    List<ChainedEntry> tampered = new ArrayList<>(entries);
    ChainedEntry sixth = entries.get(5);
    EntryContent c = sixth.content();
    tampered.set(5, new ChainedEntry(sixth.id(), 6, new EntryContent(c.recordedAt(), "mallory", c.roles(),
        c.action(), c.resourceType(), c.resourceId(), c.outcome(), c.clientAddress(), c.reason()), sixth.hash()));

    assertThat(verify(tampered).firstFailure()).isEqualTo(
        new ChainFinding(6, sixth.id(), Problem.CHANGED, verify(tampered).firstFailure().detail()));
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() {
    List<ChainedEntry> tampered = new ArrayList<>(entries);
    tampered.remove(2);

    ChainFinding finding = verify(tampered).firstFailure();
    assertThat(finding.sequence()).isEqualTo(3);
    assertThat(finding.problem()).isEqualTo(Problem.MISSING);
  }

  @Test
  void theLastEntryDeletedIsMissingAgainstTheHead() {
    ChainFinding finding = TestChains.verify(entries.subList(0, 9), checkpoints, TestChains.head(entries),
        signer.verificationKey()).firstFailure();
    assertThat(finding.sequence()).isEqualTo(10);
    assertThat(finding.problem()).isEqualTo(Problem.MISSING);
  }

  @Test
  void swappedPlacesNameTheFirstOfThem() {
    List<ChainedEntry> tampered = new ArrayList<>(entries);
    tampered.set(2, renumbered(entries.get(6), 3));
    tampered.set(6, renumbered(entries.get(2), 7));

    ChainFinding finding = verify(tampered).firstFailure();
    assertThat(finding.sequence()).isEqualTo(3);
    assertThat(finding.entryId()).isEqualTo(entries.get(6).id());
  }

  @Test
  void aChainRehashedAfterAChangeFailsAtTheCheckpoint() {
    List<ChainedEntry> rewritten = new ArrayList<>(entries.subList(0, 5));
    EntryContent c = entries.get(5).content();
    List<AuditChain.Unsealed> rest = new ArrayList<>();
    rest.add(new AuditChain.Unsealed(entries.get(5).id(), new EntryContent(c.recordedAt(), "mallory", c.roles(),
        c.action(), c.resourceType(), c.resourceId(), c.outcome(), c.clientAddress(), c.reason())));
    entries.subList(6, 10).forEach(e -> rest.add(new AuditChain.Unsealed(e.id(), e.content())));
    rewritten.addAll(new AuditChain().seal(TestChains.head(rewritten), rest));

    ChainVerification result = TestChains.verify(rewritten, checkpoints, TestChains.head(rewritten),
        signer.verificationKey());
    assertThat(result.firstFailure().problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
    assertThat(result.firstFailure().sequence()).isEqualTo(8);
    assertThat(result.firstFailure().detail()).contains("entries 5 to 8");
  }

  @Test
  void aCheckpointSignedByAnotherKeyDoesNotVerify() {
    List<Checkpoint> forged = List.of(Checkpoint.sign(new ChainHead(4, entries.get(3).hash()), now,
        new TestChains.JdkSigner()));
    ChainFinding finding = TestChains.verify(entries, forged, TestChains.head(entries), signer.verificationKey())
        .firstFailure();
    assertThat(finding.problem()).isEqualTo(Problem.BAD_SIGNATURE);
    assertThat(finding.sequence()).isEqualTo(4);
  }

  @Test
  void anEntryBeyondTheRecordedHeadIsNamed() {
    ChainFinding finding = TestChains.verify(entries, checkpoints, new ChainHead(9, entries.get(8).hash()),
        signer.verificationKey()).firstFailure();
    assertThat(finding.problem()).isEqualTo(Problem.BEYOND_HEAD);
    assertThat(finding.sequence()).isEqualTo(10);
  }

  private ChainVerification verify(List<ChainedEntry> chain) {
    return TestChains.verify(chain, checkpoints, TestChains.head(entries), signer.verificationKey());
  }

  private static ChainedEntry renumbered(ChainedEntry entry, long sequence) {
    return new ChainedEntry(entry.id(), sequence, entry.content(), entry.hash());
  }
}
