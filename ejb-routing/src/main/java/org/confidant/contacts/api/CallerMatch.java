package org.confidant.contacts.api;

import java.util.List;
import java.util.UUID;

/** A contact whose phone number is the calling number, with its open cases, for the screen pop's pick list. */
public record CallerMatch(UUID contactId, String name, List<UUID> openCaseIds) {

  public CallerMatch {
    openCaseIds = List.copyOf(openCaseIds);
  }
}
