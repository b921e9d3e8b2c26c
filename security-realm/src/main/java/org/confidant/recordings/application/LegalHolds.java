package org.confidant.recordings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.recordings.domain.HoldRuleViolation;
import org.confidant.recordings.domain.HoldSubject;
import org.confidant.recordings.domain.LegalHold;
import org.confidant.recordings.infrastructure.LegalHoldRows;

/**
 * Legal holds: supervisors and admins place them and ask for and approve releases — never both for the same
 * release; auditors see them. Every change, and every refused change, is audited.
 */
@Stateless
public class LegalHolds {

  static final String RESOURCE_TYPE = "legal-hold";

  @Inject LegalHoldRows rows;
  @EJB AuditTrail audit;
  @Resource SessionContext session;

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public LegalHold place(HoldSubject subject, String reference) {
    rows.lockHolds();
    LegalHold hold = LegalHold.place(UUID.randomUUID(), subject, reference, caller(), Instant.now());
    rows.insert(hold);
    audit.record("legal-hold.placed", RESOURCE_TYPE, hold.id().toString(), AuditOutcome.SUCCESS);
    return hold;
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR})
  public List<LegalHold> list(boolean standingOnly) {
    return standingOnly ? rows.standing() : rows.all();
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public LegalHold requestRelease(UUID id) {
    return change("legal-hold.release-requested", id, LegalHold::requestRelease);
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public LegalHold approveRelease(UUID id) {
    return change("legal-hold.released", id, LegalHold::approveRelease);
  }

  private interface Change {
    LegalHold apply(LegalHold hold, String by, Instant at);
  }

  private LegalHold change(String action, UUID id, Change change) {
    LegalHold hold = rows.lockedHold(id).orElseThrow(() -> {
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.FAILED);
      return new UnknownLegalHold();
    });
    LegalHold changed;
    try {
      changed = change.apply(hold, caller(), Instant.now());
    } catch (HoldRuleViolation refused) {
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.DENIED);
      throw new HoldChangeRefused(refused);
    }
    rows.updateRelease(changed);
    audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
    return changed;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
