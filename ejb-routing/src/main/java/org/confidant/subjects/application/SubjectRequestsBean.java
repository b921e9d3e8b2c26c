package org.confidant.subjects.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.audit.search.application.AuditSearch;
import org.confidant.audit.search.domain.AuditRecord;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.RecordNotFound;
import org.confidant.contacts.application.ContactSubjectData;
import org.confidant.identity.Roles;
import org.confidant.recordings.application.LegalHolds;
import org.confidant.recordings.application.RecordingErasure;
import org.confidant.subjects.api.ErasureView;
import org.confidant.subjects.api.SignedReport;
import org.confidant.subjects.api.SubjectExport;
import org.confidant.subjects.api.SubjectInventory;
import org.confidant.subjects.api.SubjectRequests;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.domain.RequestReason;
import org.confidant.subjects.infrastructure.ErasureEntity;
import org.confidant.vault.ExportSigning;

/**
 * Data-subject requests, for supervisors and admins (the roles that place legal holds and answer legal requests).
 * Every request is audited by ids: searches by the index used, an inventory and an export by the contact's id (an
 * export with its reason), an erasure by its id and every record it erased.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SubjectRequestsBean implements SubjectRequests {

  static final String RESOURCE = "contact";
  static final String ERASURE = "subject-erasure";
  static final String APPROVED = "subject-request.erasure-approved";
  /** The most audit entries an inventory or export lists (newest first). */
  static final int ACCESS_LOG_LIMIT = 10_000;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB ContactSubjectData contacts;
  @EJB SubjectFiles files;
  @EJB LegalHolds legalHolds;
  @EJB RecordingErasure recordings;
  @EJB AuditSearch auditSearch;
  @EJB AuditTrail audit;
  @EJB ErasureExecution execution;
  @Inject ExportSigning signing;
  @Resource SessionContext session;

  @Override
  public List<UUID> findByPhone(String number) {
    return found("contact-phone", contacts.byPhone(number));
  }

  @Override
  public List<UUID> findByRecordNumber(String recordNumber) {
    return found("contact-record-number", contacts.byRecordNumber(recordNumber));
  }

  @Override
  public List<UUID> findByIdentity(String name, LocalDate birthDate) {
    return found("contact-identity", contacts.byIdentity(name, birthDate));
  }

  @Override
  public SubjectInventory inventory(UUID contactId) {
    SubjectFile file = existing(contactId, false);
    SubjectInventory inventory = Inventories.of(file, legalHolds.list(true), accessLog(file));
    audit.record("subject-request.inventoried", RESOURCE, contactId.toString(), AuditOutcome.SUCCESS);
    return inventory;
  }

  @Override
  public SubjectExport export(UUID contactId, String reason) {
    RequestReason stated = reason(reason);
    SubjectFile file = existing(contactId, true);
    SubjectExport export = SubjectExportWriter.write(file,
        file.contact().flatMap(contact -> contacts.organisation(contact.organisationId())).orElse(null),
        accessLog(file), stated, caller(), Instant.now(), signing);
    audit.record("subject-request.exported", RESOURCE, contactId.toString(), AuditOutcome.SUCCESS, stated.text());
    return export;
  }

  @Override
  public ErasureView requestErasure(UUID contactId, String reason) {
    RequestReason stated = reason(reason);
    existing(contactId, false);
    ErasureEntity row = new ErasureEntity(
        ErasureRequest.request(UUID.randomUUID(), contactId, stated, caller(), Instant.now()));
    entityManager.persist(row);
    audit.record("subject-request.erasure-requested", RESOURCE, contactId.toString(), AuditOutcome.SUCCESS,
        stated.text());
    return Erasures.view(row);
  }

  /**
   * Carried out in a transaction of its own; the erased recordings' ciphertext files are deleted once it committed
   * (their keys are gone already), as the purge does.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ErasureView approveErasure(UUID erasureId) {
    CarriedOutErasure done = execution.carryOut(erasureId);
    done.recordingsShredded().forEach(recordings::deleteMedia);
    return done.view();
  }

  @Override
  public ErasureView erasure(UUID erasureId) {
    return Erasures.view(erasureRow(erasureId));
  }

  @Override
  public List<ErasureView> erasures(UUID contactId) {
    return entityManager.createQuery("select e from ErasureEntity e where e.contactId = :contact"
            + " order by e.requestedAt desc", ErasureEntity.class)
        .setParameter("contact", contactId).getResultStream().map(Erasures::view).toList();
  }

  @Override
  public SignedReport erasureReport(UUID erasureId) {
    ErasureEntity row = erasureRow(erasureId);
    if (row.report() == null) {
      throw new RecordNotFound("carried-out erasure", erasureId);
    }
    audit.record("subject-request.report-read", ERASURE, erasureId.toString(), AuditOutcome.SUCCESS);
    return new SignedReport(row.report().getBytes(StandardCharsets.UTF_8), row.reportSignature(),
        signing.publicKeySha256());
  }

  /** The search is audited by the index it used, never by the value; each contact it names by id. */
  private List<UUID> found(String index, List<UUID> ids) {
    audit.record("subject-request.searched", index, null, AuditOutcome.SUCCESS);
    ids.forEach(id -> audit.record("subject-request.matched", RESOURCE, id.toString(), AuditOutcome.SUCCESS));
    return ids;
  }

  private SubjectFile existing(UUID contactId, boolean withContent) {
    SubjectFile file = files.gather(contactId, withContent);
    if (file.isEmpty()) {
      throw new RecordNotFound("contact", contactId);
    }
    return file;
  }

  private List<AuditRecord> accessLog(SubjectFile file) {
    return auditSearch.naming(file.resourceIds(), ACCESS_LOG_LIMIT);
  }

  private ErasureEntity erasureRow(UUID erasureId) {
    ErasureEntity row = entityManager.find(ErasureEntity.class, erasureId);
    if (row == null) {
      throw new RecordNotFound("erasure request", erasureId);
    }
    return row;
  }

  private static RequestReason reason(String text) {
    try {
      return new RequestReason(text);
    } catch (IllegalArgumentException invalid) {
      throw new InvalidRecord("reason", invalid.getMessage());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
