package org.confidant.screenpop.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.contacts.domain.CallerCard;
import org.confidant.interactions.api.NoteView;
import org.confidant.ivr.domain.IvrStep;
import org.confidant.screenpop.api.ScreenPopView;

/**
 * What the server knows about an offered call's caller, opened but not masked: the calling number (E.164 when it is
 * one), the contacts it found, their recent interactions (any order, any number), the caller's path through the IVR,
 * the notes written on the call so far, and agents' display names by id (case owners).
 */
public record PopFacts(String callerNumber, List<CallerCard> contacts,
    List<ScreenPopView.RecentInteraction> recentInteractions, List<IvrStep> ivrPath, List<NoteView> notes,
    Map<UUID, String> agentNames) {

  public PopFacts {
    contacts = List.copyOf(contacts);
    recentInteractions = List.copyOf(recentInteractions);
    ivrPath = List.copyOf(ivrPath);
    notes = List.copyOf(notes);
    agentNames = Map.copyOf(agentNames);
  }
}
