package org.confidant.screenpop.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.access.MaskingPolicy;
import org.confidant.access.PhiField;
import org.confidant.contacts.domain.CallerCard;
import org.confidant.identity.Roles;
import org.confidant.ivr.domain.IvrStep;
import org.confidant.screenpop.api.ScreenPopView;

/**
 * Builds the pop an agent sees from what the server knows, masked by the deployment's policy for the agent role —
 * whatever other roles the agent's user holds, a pop shows the minimum necessary, since it is pushed before anyone
 * asked for the record. A field the role may not see is null.
 */
public final class PopAssembly {

  /** How many of the caller's past interactions a pop shows. */
  public static final int RECENT_INTERACTIONS = 5;
  private static final Set<String> AGENT = Set.of(Roles.AGENT);

  private final MaskingPolicy policy;

  public PopAssembly(MaskingPolicy policy) {
    this.policy = policy;
  }

  public ScreenPopView assemble(PopFacts facts) {
    return new ScreenPopView(facts.callerNumber(), CallerMatch.of(facts.contacts().size()).name(),
        facts.contacts().stream().map(this::contact).toList(),
        facts.contacts().stream().flatMap(card -> card.openCases().stream()
            .sorted(Comparator.comparing(CallerCard.OpenCase::openedAt).reversed())
            .map(found -> openCase(card, found, facts.agentNames()))).toList(),
        facts.recentInteractions().stream()
            .sorted(Comparator.comparing(ScreenPopView.RecentInteraction::startedAt).reversed())
            .limit(RECENT_INTERACTIONS).toList(),
        ivrChoices(facts.ivrPath()),
        facts.notes().stream()
            .map(note -> new ScreenPopView.TransferNote(note.author(), note.writtenAt(), show(PhiField.NOTE, note.text())))
            .toList());
  }

  private ScreenPopView.Contact contact(CallerCard card) {
    Map<String, String> identifiers = new HashMap<>();
    // Map.of refuses nulls, and a hidden field must be there as null.
    identifiers.put("mrn", card.recordNumbers().isEmpty() ? null : card.recordNumbers().stream()
        .map(number -> show(PhiField.RECORD_NUMBER, number)).collect(Collectors.joining(", ")));
    return new ScreenPopView.Contact(card.id(), show(PhiField.NAME, card.name()),
        show(PhiField.BIRTH_DATE, card.birthDate()), identifiers);
  }

  private ScreenPopView.OpenCase openCase(CallerCard card, CallerCard.OpenCase found, Map<UUID, String> agentNames) {
    String owner = found.ownerAgentId() == null ? found.team() : agentNames.get(found.ownerAgentId());
    return new ScreenPopView.OpenCase(found.id(), card.id(), reference(found.id()),
        show(PhiField.CASE_SUBJECT, found.subject()), found.status(), owner);
  }

  /** A case's short reference, read out on the phone: its id's first eight hex digits. */
  static String reference(UUID caseId) {
    return "C-" + caseId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /**
   * The caller's choices: the key pressed at each menu, and for digits keyed in only what they were collected as (the
   * path never holds the digits themselves).
   */
  static List<ScreenPopView.IvrChoice> ivrChoices(List<IvrStep> path) {
    return path.stream()
        .filter(step -> step.what() == IvrStep.What.CHOSE || step.what() == IvrStep.What.COLLECTED)
        .map(step -> new ScreenPopView.IvrChoice(step.nodeId(),
            step.what() == IvrStep.What.CHOSE ? step.detail() : "keyed in " + step.detail()))
        .toList();
  }

  private String show(PhiField field, String value) {
    return policy.show(AGENT, field, value);
  }
}
