package org.confidant.contacts.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a screen pop shows of a contact whose phone number is the calling number, opened but NOT yet masked: the
 * screen pop masks it for the agent's role before it leaves the server. Only the fields a pop shows are opened.
 */
public record CallerCard(UUID id, String name, String birthDate, List<String> recordNumbers,
    List<OpenCase> openCases) {

  public CallerCard {
    recordNumbers = List.copyOf(recordNumbers);
    openCases = List.copyOf(openCases);
  }

  /** A case of the contact still open or pending, newest first; {@code subject} opened, not yet masked. */
  public record OpenCase(UUID id, String subject, String status, UUID ownerAgentId, String team, Instant openedAt) {}
}
