package org.confidant.recordings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LegalHoldTest {

  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private static final UUID CONTACT = UUID.randomUUID();
  private static final UUID CALL = UUID.randomUUID();

  private final LegalHold hold =
      LegalHold.place(UUID.randomUUID(), new HoldSubject(HoldSubject.Kind.CONTACT, CONTACT), "DOCKET-1", "ann", NOW);

  @Test
  void aHoldBlocksWhatIsLinkedToItsSubjectOnly() {
    assertThat(hold.blocks(new RecordingLinks(CALL, CONTACT, null, null, null))).isTrue();
    assertThat(hold.blocks(new RecordingLinks(CALL, UUID.randomUUID(), null, null, null))).isFalse();
    assertThat(hold.blocks(new RecordingLinks(CONTACT, null, null, null, null)))
        .as("the same id as a call is another subject").isFalse();
  }

  @Test
  void aReleaseTakesARequestAndASecondPersonsApproval() {
    LegalHold requested = hold.requestRelease("ann", NOW.plusSeconds(60));
    assertThat(requested.state()).isEqualTo(LegalHold.State.RELEASE_REQUESTED);
    assertThat(requested.stands()).as("still blocks until approved").isTrue();

    LegalHold released = requested.approveRelease("bob", NOW.plusSeconds(120));
    assertThat(released.state()).isEqualTo(LegalHold.State.RELEASED);
    assertThat(released.stands()).isFalse();
    assertThat(released.releaseRequestedBy()).isEqualTo("ann");
    assertThat(released.releasedBy()).isEqualTo("bob");
  }

  @Test
  void theRequesterCannotApproveTheirOwnRelease() {
    LegalHold requested = hold.requestRelease("bob", NOW);
    assertThatThrownBy(() -> requested.approveRelease("bob", NOW))
        .isInstanceOfSatisfying(HoldRuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo(HoldRuleViolation.Rule.SAME_PERSON));
  }

  @Test
  void aReleaseIsApprovedOnlyAfterARequestAndOnlyOnce() {
    assertThatThrownBy(() -> hold.approveRelease("bob", NOW)).isInstanceOfSatisfying(HoldRuleViolation.class,
        e -> assertThat(e.rule()).isEqualTo(HoldRuleViolation.Rule.NO_RELEASE_REQUESTED));
    LegalHold released = hold.requestRelease("ann", NOW).approveRelease("bob", NOW);
    assertThatThrownBy(() -> released.requestRelease("ann", NOW)).isInstanceOfSatisfying(HoldRuleViolation.class,
        e -> assertThat(e.rule()).isEqualTo(HoldRuleViolation.Rule.NOT_ACTIVE));
    assertThatThrownBy(() -> released.approveRelease("cid", NOW)).isInstanceOf(HoldRuleViolation.class);
  }
}
