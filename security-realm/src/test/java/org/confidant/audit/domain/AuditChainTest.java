package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  @Test
  void sealsEntriesWithConsecutiveSequencesAfterTheHead() {
    List<ChainedEntry> first = TestChains.chain(3);
    ChainHead head = TestChains.head(first);
    List<ChainedEntry> next = new AuditChain().seal(head,
        List.of(new AuditChain.Unsealed(9, TestChains.content(4)), new AuditChain.Unsealed(8, TestChains.content(5))));

    assertThat(first).extracting(ChainedEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(next).extracting(ChainedEntry::sequence).containsExactly(4L, 5L);
    assertThat(next).extracting(ChainedEntry::id).containsExactly(9L, 8L);
    assertThat(next.get(0).hash()).isEqualTo(new AuditChain().link(head.hash(), 4, TestChains.content(4)));
    assertThat(AuditChain.headAfter(head, next)).isEqualTo(new ChainHead(5, next.get(1).hash()));
  }

  @Test
  void sealingNothingKeepsTheHead() {
    assertThat(AuditChain.headAfter(ChainHead.EMPTY, new AuditChain().seal(ChainHead.EMPTY, List.of())))
        .isEqualTo(ChainHead.EMPTY);
  }

  @Test
  void aCheckpointIsDueAfterEnoughEntriesOrEnoughTime() {
    CheckpointPolicy policy = new CheckpointPolicy(100, Duration.ofSeconds(60));
    Instant last = Instant.parse("2026-11-25T00:00:00Z");
    ChainHead head = new ChainHead(150, ChainHash.GENESIS);

    assertThat(policy.due(head, 50, last, last.plusSeconds(1))).isTrue();
    assertThat(policy.due(head, 60, last, last.plusSeconds(1))).isFalse();
    assertThat(policy.due(head, 60, last, last.plusSeconds(60))).isTrue();
    assertThat(policy.due(head, 150, last, last.plusSeconds(600))).as("nothing new to sign").isFalse();
    assertThat(policy.due(head, 0, null, last)).as("the first checkpoint").isTrue();
  }
}
