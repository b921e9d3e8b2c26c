package org.confidant.screenpop.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the agent sees of the caller before answering. {@code match}: ONE, SEVERAL (a pick list) or NONE (an unknown
 * caller: the desktop offers to create the contact). A field the agent role may not see is null, never left out.
 */
@JsonbPropertyOrder({"callerNumber", "match", "contacts", "openCases", "recentInteractions", "ivr", "transferNotes"})
public record ScreenPopView(String callerNumber, String match, List<Contact> contacts, List<OpenCase> openCases,
    List<RecentInteraction> recentInteractions, List<IvrChoice> ivr, List<TransferNote> transferNotes) {

  public ScreenPopView {
    contacts = List.copyOf(contacts);
    openCases = List.copyOf(openCases);
    recentInteractions = List.copyOf(recentInteractions);
    ivr = List.copyOf(ivr);
    transferNotes = List.copyOf(transferNotes);
  }

  /** A contact whose phone number is the calling number; {@code identifiers} holds "mrn" (record numbers). */
  @JsonbPropertyOrder({"id", "displayName", "dateOfBirth", "identifiers"})
  public record Contact(UUID id, String displayName, String dateOfBirth, Map<String, String> identifiers) {}

  /**
   * An open or pending case of a matched contact (which one: {@code contactId}, for a pick list), newest first per
   * contact; {@code reference} is its short id, {@code owner} the owning agent's name or else the case's team.
   */
  @JsonbPropertyOrder({"id", "contactId", "reference", "title", "status", "owner"})
  public record OpenCase(UUID id, UUID contactId, String reference, String title, String status, String owner) {}

  /** One of the matched contacts' last five interactions, newest first. */
  @JsonbPropertyOrder({"id", "startedAt", "queue", "agent", "disposition"})
  public record RecentInteraction(UUID id, Instant startedAt, String queue, String agent, String disposition) {}

  /** A choice the caller made in the IVR: the menu key, or the name of what was keyed in (never the digits). */
  @JsonbPropertyOrder({"node", "choice"})
  public record IvrChoice(String node, String choice) {}

  /** A note an earlier agent wrote on this call (a transferred call arrives with them). */
  @JsonbPropertyOrder({"author", "writtenAt", "text"})
  public record TransferNote(String author, Instant writtenAt, String text) {}
}
