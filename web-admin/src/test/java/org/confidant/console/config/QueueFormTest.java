package org.confidant.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueView;
import org.junit.jupiter.api.Test;

/** The queue editor's fields round-trip a stored queue into the draft a save sends, version included. */
class QueueFormTest {

  private static final UUID SPANISH = UUID.randomUUID();
  private static final UUID BILLING = UUID.randomUUID();

  @Test
  void aStoredQueueComesBackAsTheSameDraftWithTheVersionItWasLoadedAt() {
    QueueView stored = new QueueView(UUID.randomUUID(), "Appointments", "Scheduling", 10, "MOST_SKILLED", 15, 20,
        true, List.of(new QueueView.StepView(0, List.of(new QueueView.SkillRequirementView(SPANISH, "spanish", 8)),
                Map.of()),
            new QueueView.StepView(30, List.of(), Map.of("site", "north", "language", "es"))),
        new QueueView.OverflowView(300, null, true, "QUEUE", BILLING), 7);

    QueueDraft draft = QueueForm.of(stored).toDraft();

    assertThat(draft).isEqualTo(new QueueDraft("Appointments", "Scheduling", 10, "MOST_SKILLED", 15, 20, true,
        List.of(new QueueDraft.StepDraft(0, List.of(new QueueDraft.SkillRequirementDraft(SPANISH, 8)), Map.of()),
            new QueueDraft.StepDraft(30, List.of(), Map.of("language", "es", "site", "north"))),
        new QueueDraft.OverflowDraft(300, null, true, "QUEUE", BILLING), 7L));
  }

  @Test
  void aNewQueueHasOneStepAtOnceNoVersionAndNoOverflow() {
    QueueForm form = QueueForm.blank();
    form.setName("Nurse line");
    form.getSteps().get(0).addSkill();
    form.getSteps().get(0).getSkills().get(0).setSkillId(SPANISH.toString());
    form.getSteps().get(0).getSkills().get(0).setLevel(5);
    form.addStep();

    QueueDraft draft = form.toDraft();

    assertThat(form.isNew()).isTrue();
    assertThat(draft.version()).isNull();
    assertThat(draft.overflow()).isNull();
    assertThat(draft.wrapUpSeconds()).isEqualTo(QueueDraft.DEFAULT_WRAP_UP_SECONDS);
    assertThat(draft.steps()).extracting(QueueDraft.StepDraft::afterSeconds).containsExactly(0, 60);
    assertThat(draft.steps().get(0).skills()).containsExactly(new QueueDraft.SkillRequirementDraft(SPANISH, 5));
  }

  @Test
  void emptyInputsReachTheDraftForItsConstraintsToJudge() {
    QueueForm form = QueueForm.blank();
    form.getSteps().get(0).addSkill();
    form.getSteps().get(0).getSkills().get(0).setLevel(null);
    form.getSteps().get(0).setAttributes("site");

    QueueDraft.StepDraft step = form.toDraft().steps().get(0);

    assertThat(step.skills().get(0).skillId()).as("no skill chosen").isNull();
    assertThat(step.skills().get(0).minProficiency()).as("below the least allowed").isZero();
    assertThat(step.attributes()).containsEntry("site", "");
  }

  @Test
  void aQueueWithoutOverflowTriggersIsEditedAndListedAsNeverOverflowing() {
    QueueView stored = new QueueView(UUID.randomUUID(), "Billing", null, 5, "ROUND_ROBIN", 45, 30, false,
        List.of(new QueueView.StepView(0, List.of(), Map.of())),
        new QueueView.OverflowView(null, null, false, "VOICEMAIL", null), 0);

    assertThat(QueueForm.of(stored).toDraft().overflow()).isNull();
    assertThat(QueueSummary.overflow(stored, List.of(stored))).isEqualTo("never");
    assertThat(QueueSummary.steps(stored)).isEqualTo("0 s: any agent");
  }
}
