package org.confidant.subjects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.recordings.domain.RecordingLinks;
import org.confidant.subjects.domain.ErasurePlan.Why;
import org.confidant.subjects.domain.SubjectItem.Kind;
import org.junit.jupiter.api.Test;

class ErasurePlanTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private final UUID contact = UUID.randomUUID();
  private final UUID heldCase = UUID.randomUUID();
  private final UUID otherCase = UUID.randomUUID();
  private final UUID call = UUID.randomUUID();
  private final UUID matter = UUID.randomUUID();

  private List<SubjectItem> everything(UUID noteOnHeldCase, UUID looseNote, UUID recording) {
    return List.of(SubjectItem.contact(contact), SubjectItem.caseFile(heldCase, contact),
        SubjectItem.caseFile(otherCase, contact), SubjectItem.note(noteOnHeldCase, contact, heldCase),
        SubjectItem.note(looseNote, contact, null), SubjectItem.interaction(call, contact, null),
        SubjectItem.recording(recording, contact, new RecordingLinks(call, null, null, matter, null)));
  }

  private static LegalHold hold(HoldSubject.Kind kind, UUID id) {
    return LegalHold.place(UUID.randomUUID(), new HoldSubject(kind, id), "DOCKET 2026/17", "sam", NOW);
  }

  @Test
  void withoutAHoldEverythingIsErased() {
    ErasurePlan plan = ErasurePlan.of(everything(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), List.of());

    assertThat(plan.kept()).isEmpty();
    assertThat(plan.erased()).hasSize(7);
    assertThat(plan.erased(Kind.CONTACT)).containsExactly(contact);
  }

  @Test
  void aHoldOnTheContactKeepsEverythingOfTheirs() {
    LegalHold onContact = hold(HoldSubject.Kind.CONTACT, contact);

    ErasurePlan plan = ErasurePlan.of(everything(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
        List.of(onContact));

    assertThat(plan.erased()).isEmpty();
    assertThat(plan.kept()).hasSize(7).allSatisfy(kept -> {
      assertThat(kept.why()).isEqualTo(Why.LEGAL_HOLD);
      assertThat(kept.holds()).containsExactly(onContact.id());
    });
  }

  @Test
  void aHeldCaseKeepsItsNotesAndTheContactWhoseKeySealsThemButNotTheRest() {
    UUID noteOnHeldCase = UUID.randomUUID();
    UUID looseNote = UUID.randomUUID();
    LegalHold onCase = hold(HoldSubject.Kind.CASE, heldCase);

    ErasurePlan plan = ErasurePlan.of(everything(noteOnHeldCase, looseNote, UUID.randomUUID()), List.of(onCase));

    assertThat(plan.keeps(Kind.CASE, heldCase)).get().extracting(ErasurePlan.Kept::holds)
        .isEqualTo(List.of(onCase.id()));
    assertThat(plan.keeps(Kind.NOTE, noteOnHeldCase)).isPresent();
    ErasurePlan.Kept keptContact = plan.keeps(Kind.CONTACT, contact).orElseThrow();
    assertThat(keptContact.why()).isEqualTo(Why.KEY_SHARED_WITH_HELD_RECORD);
    assertThat(keptContact.holds()).containsExactlyInAnyOrder(heldCase, noteOnHeldCase);
    assertThat(plan.erased(Kind.CASE)).containsExactly(otherCase);
    assertThat(plan.erased(Kind.NOTE)).containsExactly(looseNote);
    assertThat(plan.erased(Kind.INTERACTION)).containsExactly(call);
    assertThat(plan.erased(Kind.RECORDING)).hasSize(1);
  }

  @Test
  void aHoldOnACallOrMatterKeepsTheInteractionAndRecordingLinkedToItOnly() {
    UUID recording = UUID.randomUUID();
    LegalHold onMatter = hold(HoldSubject.Kind.MATTER, matter);
    LegalHold onCall = hold(HoldSubject.Kind.CALL, call);

    ErasurePlan plan = ErasurePlan.of(everything(UUID.randomUUID(), UUID.randomUUID(), recording),
        List.of(onMatter, onCall));

    assertThat(plan.keeps(Kind.RECORDING, recording).orElseThrow().holds())
        .containsExactlyInAnyOrder(onMatter.id(), onCall.id());
    assertThat(plan.keeps(Kind.INTERACTION, call)).get().extracting(ErasurePlan.Kept::holds)
        .isEqualTo(List.of(onCall.id()));
    assertThat(plan.erased(Kind.CONTACT)).as("no case or note is held").containsExactly(contact);
  }

  @Test
  void aReleasedHoldKeepsNothing() {
    LegalHold released = hold(HoldSubject.Kind.CONTACT, contact).requestRelease("sam", NOW)
        .approveRelease("alex", NOW);

    ErasurePlan plan = ErasurePlan.of(everything(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
        List.of(released));

    assertThat(plan.kept()).isEmpty();
  }
}
