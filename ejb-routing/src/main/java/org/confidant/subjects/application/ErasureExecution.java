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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.cases.application.CaseSubjectData;
import org.confidant.contacts.api.RecordNotFound;
import org.confidant.contacts.application.ContactSubjectData;
import org.confidant.identity.Roles;
import org.confidant.interactions.application.InteractionSubjectData;
import org.confidant.recordings.application.RecordingErasure;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.subjects.api.ErasureRefused;
import org.confidant.subjects.domain.ErasurePlan;
import org.confidant.subjects.domain.ErasureRequest;
import org.confidant.subjects.domain.ErasureRuleViolation;
import org.confidant.subjects.domain.SubjectItem;
import org.confidant.subjects.infrastructure.ErasureEntity;
import org.confidant.vault.ExportSigning;
import org.confidant.vault.VaultException;

/**
 * Carries out an approved erasure in one transaction: under the legal holds' lock (no hold is placed meanwhile, as
 * for the purge) it decides what is erased and kept, erases it feature by feature, audits every record erased, and
 * stores the signed report with the approval. A refused approval changes nothing and is audited as DENIED.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ErasureExecution {

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB SubjectFiles files;
  @EJB ContactSubjectData contacts;
  @EJB CaseSubjectData cases;
  @EJB InteractionSubjectData interactions;
  @EJB RecordingErasure recordings;
  @EJB AuditTrail audit;
  @Inject ExportSigning signing;
  @Resource SessionContext session;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CarriedOutErasure carryOut(UUID erasureId) {
    ErasureEntity row = entityManager.find(ErasureEntity.class, erasureId, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw new RecordNotFound("erasure request", erasureId);
    }
    Instant now = Instant.now();
    ErasureRequest approved = approved(row.toRequest(), now);
    List<LegalHold> holds = recordings.lockStandingHolds();
    ErasurePlan plan = ErasurePlan.of(files.gather(approved.contactId(), false).items(), holds);
    List<UUID> shredded = new ArrayList<>();
    List<UUID> alreadyPurged = new ArrayList<>();
    plan.erased(SubjectItem.Kind.RECORDING).forEach(id -> (recordings.shred(id, now) ? shredded : alreadyPurged)
        .add(id));
    plan.erased(SubjectItem.Kind.INTERACTION).forEach(callId -> interactions.deidentify(callId, now));
    plan.erased(SubjectItem.Kind.NOTE).forEach(cases::deleteNote);
    plan.erased(SubjectItem.Kind.CASE).forEach(cases::deleteCase);
    plan.erased(SubjectItem.Kind.CONTACT).forEach(contacts::erase);
    plan.erased().stream().filter(item -> item.kind() != SubjectItem.Kind.RECORDING) // recordings audit their own
        .forEach(item -> audit.record("subject-request.erased", item.kind().name().toLowerCase(Locale.ROOT),
            item.id().toString(), AuditOutcome.SUCCESS));
    byte[] report = ErasureReports.render(approved, plan, holds, alreadyPurged, signing.publicKeySha256());
    row.carriedOut(approved, new String(report, StandardCharsets.UTF_8), sign(report));
    audit.record(SubjectRequestsBean.APPROVED, SubjectRequestsBean.ERASURE, erasureId.toString(),
        AuditOutcome.SUCCESS, approved.reason().text());
    return new CarriedOutErasure(Erasures.view(row), shredded);
  }

  private ErasureRequest approved(ErasureRequest request, Instant now) {
    try {
      return request.approve(session.getCallerPrincipal().getName(), now);
    } catch (ErasureRuleViolation refused) {
      audit.record(SubjectRequestsBean.APPROVED, SubjectRequestsBean.ERASURE, request.id().toString(),
          AuditOutcome.DENIED);
      throw new ErasureRefused(refused.getMessage(), refused.rule() == ErasureRuleViolation.Rule.SAME_PERSON);
    }
  }

  private byte[] sign(byte[] report) {
    try {
      return ExportSigning.rawSignature(signing.signer(), report);
    } catch (GeneralSecurityException e) {
      throw new VaultException("the erasure report could not be signed", e);
    }
  }
}
