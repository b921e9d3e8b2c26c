package org.confidant.subjects.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data-subject requests (right of access, right to erasure) for one person, named by their contact id. Every call is
 * audited by ids; an export and an erasure state a reason, and an erasure is carried out only when someone other
 * than who requested it approves it.
 */
@Local
public interface SubjectRequests {

  /** The contacts a phone number (any way of writing it) names: ids only. */
  List<UUID> findByPhone(String number);

  List<UUID> findByRecordNumber(String recordNumber);

  /** Exact match of name (accents, case and spacing aside) together with the birth date. */
  List<UUID> findByIdentity(String name, LocalDate birthDate);

  /** What Confidant holds about the person, by kind and id (no content), who accessed it, and the holds on it. */
  SubjectInventory inventory(UUID contactId);

  /** Everything about the person, decrypted, as a signed zip. */
  SubjectExport export(UUID contactId, String reason);

  ErasureView requestErasure(UUID contactId, String reason);

  /** Approves a requested erasure and carries it out at once; answers it with what was erased and kept. */
  ErasureView approveErasure(UUID erasureId);

  ErasureView erasure(UUID erasureId);

  /** The erasures asked for a contact, newest first. */
  List<ErasureView> erasures(UUID contactId);

  /** The signed report of an erasure that was carried out. */
  SignedReport erasureReport(UUID erasureId);
}
