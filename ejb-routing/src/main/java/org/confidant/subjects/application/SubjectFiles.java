package org.confidant.subjects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.cases.api.CaseView;
import org.confidant.cases.application.CaseSubjectData;
import org.confidant.contacts.api.ContactView;
import org.confidant.contacts.application.ContactSubjectData;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.InteractionView;
import org.confidant.interactions.application.InteractionSubjectData;
import org.confidant.recordings.application.RecordingErasure;
import org.confidant.recordings.domain.Recording;

/**
 * Gathers a person's records: their contact, its cases and notes, the interactions linked to the contact or one of
 * its cases, and the recordings linked to any of these.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SubjectFiles {

  @EJB ContactSubjectData contacts;
  @EJB CaseSubjectData cases;
  @EJB InteractionSubjectData interactions;
  @EJB RecordingErasure recordings;

  /** The person's records; contents (fields, subjects, note texts) decrypted only when asked for. */
  public SubjectFile gather(UUID contactId, boolean withContent) {
    Optional<ContactView> contact = contacts.whole(contactId);
    List<CaseView> caseFiles = cases.cases(contactId, withContent);
    List<UUID> caseIds = caseFiles.stream().map(CaseView::id).toList();
    List<InteractionView> calls = interactions.concerning(contactId, caseIds, withContent);
    List<Recording> recorded = recordings.concerning(contactId, caseIds,
        calls.stream().map(InteractionView::callId).toList());
    return new SubjectFile(contactId, contact, caseFiles, cases.notes(contactId, withContent), calls, recorded);
  }
}
