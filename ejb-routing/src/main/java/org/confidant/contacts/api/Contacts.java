package org.confidant.contacts.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Contacts (patients or clients) and organisations. Every read, search and change is audited by resource id.
 * Opening a record needs routine access or a stated break-glass reason ({@code reason}, null when none is stated);
 * without either it fails with {@link BreakGlassRequired}.
 */
@Local
public interface Contacts {

  ContactView register(ContactDraft draft);

  ContactView contact(UUID id, String reason);

  /** Replaces the contact whole; the draft's version must be the stored one. */
  ContactView update(UUID id, ContactDraft draft);

  /** Opens the record on a stated reason, as {@link #contact} with a reason does. */
  ContactView breakGlass(UUID id, String reason);

  List<ContactMatch> findByPhone(String number);

  List<ContactMatch> findByRecordNumber(String recordNumber);

  /** Exact match of name (accents, case and spacing aside) together with the birth date. */
  List<ContactMatch> findByIdentity(String name, LocalDate birthDate);

  /** The latest break-glass accesses, newest first. */
  List<BreakGlassEvent> breakGlassEvents(int limit);

  OrganisationView register(OrganisationDraft draft);

  List<OrganisationView> organisations();
}
