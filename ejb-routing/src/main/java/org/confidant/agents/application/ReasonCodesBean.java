package org.confidant.agents.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.confidant.agents.api.ReasonCodeDraft;
import org.confidant.agents.api.ReasonCodeView;
import org.confidant.agents.api.ReasonCodes;
import org.confidant.agents.domain.ReasonKind;
import org.confidant.agents.infrastructure.ReasonCodeEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.application.ConfigurationEdits;

@Stateless
public class ReasonCodesBean implements ReasonCodes {

  private static final String REASON_CODE = "reason-code";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<ReasonCodeView> allReasonCodes() {
    return entityManager.createQuery("select r from ReasonCodeEntity r order by r.code", ReasonCodeEntity.class)
        .getResultStream().map(ReasonCodesBean::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public ReasonCodeView reasonCode(UUID id) {
    return toView(found(entityManager, ReasonCodeEntity.class, id, "reason code"));
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ReasonCodeView create(ReasonCodeDraft draft) {
    ReasonCodeEntity reason = new ReasonCodeEntity(UUID.randomUUID());
    define(reason, draft);
    entityManager.persist(reason);
    return saved(reason, "reason-code.created");
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ReasonCodeView update(UUID id, ReasonCodeDraft draft) {
    ReasonCodeEntity reason = found(entityManager, ReasonCodeEntity.class, id, "reason code");
    ConfigurationEdits.requireVersion(entityManager, reason, draft.version(), "The reason code");
    boolean changesMoreThanTheLabel = !reason.getCode().equals(draft.code())
        || reason.getKind() != ReasonKind.valueOf(draft.kind()) || !draft.activeOrDefault();
    if (reason.isBuiltIn() && changesMoreThanTheLabel) {
      throw new ConfigurationConflict(
          reason.getCode() + " is built in (the server sets it itself): only its label can change.");
    }
    define(reason, draft);
    return saved(reason, "reason-code.updated");
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void delete(UUID id) {
    ReasonCodeEntity reason = found(entityManager, ReasonCodeEntity.class, id, "reason code");
    if (reason.isBuiltIn()) {
      throw new ConfigurationConflict(reason.getCode() + " is built in (the server sets it itself) and stays.");
    }
    ConfigurationEdits.remove(entityManager, reason, "reason code");
    audit.record("reason-code.deleted", REASON_CODE, id.toString(), AuditOutcome.SUCCESS);
  }

  private void define(ReasonCodeEntity reason, ReasonCodeDraft draft) {
    ConfigurationEdits.requireUnique(entityManager, "ReasonCodeEntity", "code", draft.code(), reason.getId(),
        "reason code");
    reason.define(draft.code(), draft.label().strip(), ReasonKind.valueOf(draft.kind()), draft.activeOrDefault());
  }

  private ReasonCodeView saved(ReasonCodeEntity reason, String action) {
    ConfigurationEdits.save(entityManager, "The reason code");
    audit.record(action, REASON_CODE, reason.getId().toString(), AuditOutcome.SUCCESS);
    return toView(reason);
  }

  static ReasonCodeView toView(ReasonCodeEntity reason) {
    return new ReasonCodeView(reason.getId(), reason.getCode(), reason.getLabel(), reason.getKind().name(),
        reason.isActive(), reason.isBuiltIn(), reason.getVersion());
  }
}
