package org.confidant.interactions.application;

import static org.confidant.routing.application.ConfigurationEdits.found;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.DispositionCodeDraft;
import org.confidant.interactions.api.DispositionCodeView;
import org.confidant.interactions.api.DispositionCodes;
import org.confidant.interactions.infrastructure.DispositionCodeEntity;
import org.confidant.routing.application.ConfigurationEdits;

@Stateless
public class DispositionCodesBean implements DispositionCodes {

  private static final String WHAT = "disposition code";
  private static final String RESOURCE = "disposition-code";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public List<DispositionCodeView> allDispositionCodes() {
    return entityManager.createQuery("select d from DispositionCodeEntity d order by d.code",
        DispositionCodeEntity.class).getResultStream().map(DispositionCodeEntity::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public DispositionCodeView dispositionCode(UUID id) {
    return found(entityManager, DispositionCodeEntity.class, id, WHAT).toView();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DispositionCodeView create(DispositionCodeDraft draft) {
    DispositionCodeEntity code = new DispositionCodeEntity(UUID.randomUUID());
    define(code, draft);
    entityManager.persist(code);
    return saved(code, "disposition-code.created");
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public DispositionCodeView update(UUID id, DispositionCodeDraft draft) {
    DispositionCodeEntity code = found(entityManager, DispositionCodeEntity.class, id, WHAT);
    ConfigurationEdits.requireVersion(entityManager, code, draft.version(), "The disposition code");
    define(code, draft);
    return saved(code, "disposition-code.updated");
  }

  /** Interactions keep the code's text, so a deleted code stays readable on the calls that used it. */
  @Override
  @RolesAllowed(Roles.ADMIN)
  public void delete(UUID id) {
    ConfigurationEdits.remove(entityManager, found(entityManager, DispositionCodeEntity.class, id, WHAT), WHAT);
    audit.record("disposition-code.deleted", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
  }

  private void define(DispositionCodeEntity code, DispositionCodeDraft draft) {
    ConfigurationEdits.requireUnique(entityManager, "DispositionCodeEntity", "code", draft.code(), code.getId(), WHAT);
    code.define(draft.code(), draft.label().strip(), draft.activeOrDefault());
  }

  private DispositionCodeView saved(DispositionCodeEntity code, String action) {
    ConfigurationEdits.save(entityManager, "The disposition code");
    audit.record(action, RESOURCE, code.getId().toString(), AuditOutcome.SUCCESS);
    return code.toView();
  }
}
