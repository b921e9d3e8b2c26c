package org.confidant.screenpop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.confidant.access.MaskingPolicy;
import org.confidant.access.PhiField;
import org.confidant.contacts.domain.CallerCard;
import org.confidant.interactions.api.NoteView;
import org.confidant.ivr.domain.IvrStep;
import org.confidant.screenpop.api.ScreenPopView;
import org.junit.jupiter.api.Test;

class PopAssemblyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  private static final UUID OWNER = UUID.fromString("00000000-0000-4000-8000-000000000301");
  private static final PopAssembly STANDARD = new PopAssembly(MaskingPolicy.standard());

  @Test
  void oneContactIsShownWithItsOpenCasesMaskedForTheAgentRole() {
    CallerCard.OpenCase open = new CallerCard.OpenCase(UUID.randomUUID(), "Repeat prescription", "OPEN", OWNER, null,
        NOW.minusSeconds(3600));
    CallerCard ada = card("Ada Lovelace", "1970-03-15", List.of("MRN-000123"), List.of(open));

    ScreenPopView pop = STANDARD.assemble(facts(List.of(ada), List.of(), List.of()));

    assertThat(pop.match()).isEqualTo("ONE");
    assertThat(pop.callerNumber()).isEqualTo("+441632960123");
    ScreenPopView.Contact shown = pop.contacts().get(0);
    assertThat(shown.displayName()).isEqualTo("Ada Lovelace");
    assertThat(shown.dateOfBirth()).as("birth date: the day only").isEqualTo("****-**-15");
    assertThat(shown.identifiers()).containsEntry("mrn", "****0123");
    assertThat(pop.openCases()).singleElement().satisfies(found -> {
      assertThat(found.title()).isEqualTo("Repeat prescription");
      assertThat(found.contactId()).isEqualTo(ada.id());
      assertThat(found.owner()).isEqualTo("Alex Agent");
      assertThat(found.reference()).isEqualTo("C-" + open.id().toString().substring(0, 8).toUpperCase());
    });
  }

  @Test
  void aDeploymentThatLetsAgentsSeeBirthDatesShowsThemWhole() {
    PopAssembly assembly = new PopAssembly(new MaskingPolicy(Set.of(PhiField.BIRTH_DATE)));

    ScreenPopView pop = assembly.assemble(facts(List.of(card("Ada Lovelace", "1970-03-15", List.of(), List.of())),
        List.of(), List.of()));

    assertThat(pop.contacts().get(0).dateOfBirth()).isEqualTo("1970-03-15");
    assertThat(pop.contacts().get(0).identifiers()).as("no record number: there, as null")
        .containsEntry("mrn", null);
  }

  @Test
  void aContactWithoutABirthDateShowsNone() {
    ScreenPopView pop = STANDARD.assemble(facts(List.of(card("Ada Lovelace", null, List.of(), List.of())),
        List.of(), List.of()));

    assertThat(pop.contacts().get(0).dateOfBirth()).isNull();
  }

  @Test
  void severalContactsOnOneLineMakeAPickListWithEveryonesCases() {
    CallerCard.OpenCase first = new CallerCard.OpenCase(UUID.randomUUID(), "Referral", "PENDING", null, "Cardiology",
        NOW.minusSeconds(60));
    CallerCard mother = card("Grace Hopper", "1950-12-09", List.of(), List.of(first));
    CallerCard son = card("Alan Hopper", "1980-06-23", List.of(), List.of());

    ScreenPopView pop = STANDARD.assemble(facts(List.of(mother, son), List.of(), List.of()));

    assertThat(pop.match()).isEqualTo("SEVERAL");
    assertThat(pop.contacts()).extracting(ScreenPopView.Contact::displayName)
        .containsExactly("Grace Hopper", "Alan Hopper");
    assertThat(pop.openCases()).singleElement().satisfies(found -> {
      assertThat(found.contactId()).isEqualTo(mother.id());
      assertThat(found.owner()).as("no owner: the team").isEqualTo("Cardiology");
    });
  }

  @Test
  void anUnknownCallerHasNoContactsAndMatchNone() {
    ScreenPopView pop = STANDARD.assemble(new PopFacts(null, List.of(), List.of(), List.of(), List.of(), Map.of()));

    assertThat(pop.match()).isEqualTo("NONE");
    assertThat(pop.callerNumber()).isNull();
    assertThat(pop.contacts()).isEmpty();
    assertThat(pop.openCases()).isEmpty();
  }

  @Test
  void onlyTheLastFiveInteractionsNewestFirst() {
    List<ScreenPopView.RecentInteraction> seven = IntStream.range(0, 7)
        .mapToObj(day -> new ScreenPopView.RecentInteraction(UUID.randomUUID(), NOW.minusSeconds(86_400L * day),
            "Appointments", "Alex Agent", null))
        .toList();

    List<ScreenPopView.RecentInteraction> shuffled = new ArrayList<>(seven);
    Collections.reverse(shuffled);

    ScreenPopView pop = STANDARD.assemble(facts(List.of(), shuffled, List.of()));

    assertThat(pop.recentInteractions()).hasSize(PopAssembly.RECENT_INTERACTIONS)
        .containsExactlyElementsOf(seven.subList(0, 5));
  }

  @Test
  void ivrChoicesAreTheKeysChosenAndWhatWasKeyedInNeverDigits() {
    List<IvrStep> path = List.of(IvrStep.of("welcome", IvrStep.What.PLAYED),
        new IvrStep("main", IvrStep.What.CHOSE, "2"),
        new IvrStep("patient-number", IvrStep.What.COLLECTED, "patientNumber"),
        IvrStep.of("to-queue", IvrStep.What.EXITED));

    assertThat(PopAssembly.ivrChoices(path)).containsExactly(new ScreenPopView.IvrChoice("main", "2"),
        new ScreenPopView.IvrChoice("patient-number", "keyed in patientNumber"));
  }

  @Test
  void aTransferredCallArrivesWithTheEarlierAgentsNotes() {
    NoteView note = new NoteView(UUID.randomUUID(), "demo.agent", NOW.minusSeconds(30), "Wants a call back after 5");

    ScreenPopView pop = STANDARD.assemble(facts(List.of(), List.of(), List.of(note)));

    assertThat(pop.transferNotes()).containsExactly(
        new ScreenPopView.TransferNote("demo.agent", note.writtenAt(), "Wants a call back after 5"));
  }

  @Test
  void desktopStatesFollowRoutingAndTheCall() {
    assertThat(DesktopCallState.of("OFFERED", "RINGING", false)).isEqualTo(DesktopCallState.RINGING);
    assertThat(DesktopCallState.of("CONNECTED", "CONNECTED", false)).isEqualTo(DesktopCallState.TALKING);
    assertThat(DesktopCallState.of("CONNECTED", "HELD", false)).isEqualTo(DesktopCallState.HELD);
    assertThat(DesktopCallState.of("FINISHED", "ENDED", true)).isEqualTo(DesktopCallState.WRAP_UP);
    assertThat(DesktopCallState.of("FINISHED", "ENDED", false)).isEqualTo(DesktopCallState.ENDED);
    assertThat(DesktopCallState.of("WAITING", "QUEUED", false)).as("offer taken back").isEqualTo(DesktopCallState.ENDED);
  }

  private static CallerCard card(String name, String birthDate, List<String> recordNumbers,
      List<CallerCard.OpenCase> cases) {
    return new CallerCard(UUID.randomUUID(), name, birthDate, recordNumbers, cases);
  }

  private static PopFacts facts(List<CallerCard> cards, List<ScreenPopView.RecentInteraction> recent,
      List<NoteView> notes) {
    return new PopFacts("+441632960123", cards, recent, List.of(), notes, Map.of(OWNER, "Alex Agent"));
  }
}
