package org.confidant.ivr.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.InvalidConfiguration;
import org.confidant.ivr.api.IvrCatalogue;
import org.confidant.ivr.api.IvrTreeDraft;
import org.confidant.ivr.api.IvrTreeView;
import org.confidant.ivr.domain.IvrProblem;
import org.confidant.ivr.domain.IvrTree;
import org.confidant.ivr.domain.IvrValidation;
import org.confidant.ivr.domain.KnownTargets;
import org.confidant.ivr.infrastructure.IvrTreeEntity;

@Stateless
public class IvrCatalogueBean implements IvrCatalogue {

  static final String WHAT = "IVR tree";
  static final String RESOURCE = "ivr-tree";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<IvrTreeView> trees() {
    return entityManager.createQuery("select t from IvrTreeEntity t order by t.name", IvrTreeEntity.class)
        .getResultList().stream().map(IvrCatalogueBean::view).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public IvrTreeView tree(UUID id) {
    return view(Catalogues.existing(entityManager, IvrTreeEntity.class, id, WHAT));
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public IvrTreeView create(IvrTreeDraft draft) {
    UUID id = UUID.randomUUID();
    requireAcceptable(id, draft);
    IvrTreeEntity tree = new IvrTreeEntity(id, draft.name(), draft.definition());
    entityManager.persist(tree);
    entityManager.flush();
    audit.record("ivr-tree.created", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(tree);
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public IvrTreeView update(UUID id, IvrTreeDraft draft) {
    IvrTreeEntity tree = Catalogues.existing(entityManager, IvrTreeEntity.class, id, WHAT);
    Catalogues.requireVersion(tree, draft.version(), WHAT);
    requireAcceptable(id, draft);
    tree.change(draft.name(), draft.definition());
    Catalogues.flush(entityManager, WHAT);
    audit.record("ivr-tree.updated", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(tree);
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(UUID id) {
    IvrTreeEntity tree = Catalogues.existing(entityManager, IvrTreeEntity.class, id, WHAT);
    entityManager.remove(tree);
    Catalogues.flush(entityManager, WHAT);
    audit.record("ivr-tree.deleted", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
  }

  /** Every error of the draft at once, checked against the queues, skills and calendars that exist. */
  private void requireAcceptable(UUID id, IvrTreeDraft draft) {
    IvrTree tree = IvrDrafts.toTree(id, draft.name(), draft.definition());
    List<IvrProblem> errors = IvrValidation.errorsOf(tree, knownTargets());
    if (!errors.isEmpty()) {
      throw new InvalidConfiguration(WHAT, errors.stream().map(IvrDrafts::toIssue).toList());
    }
    Catalogues.requireNameFree(entityManager, "IvrTreeEntity", draft.name(), id, WHAT);
  }

  private KnownTargets knownTargets() {
    Set<UUID> calendars = Set.copyOf(entityManager
        .createQuery("select c.id from BusinessHoursEntity c", UUID.class).getResultList());
    return KnownTargets.of(ids("SELECT CAST(id AS varchar) FROM queue"), ids("SELECT CAST(id AS varchar) FROM skill"),
        calendars);
  }

  /** Queues and skills belong to routing: read by id only, without its entities. */
  private Set<UUID> ids(String sql) {
    List<?> rows = entityManager.createNativeQuery(sql).getResultList();
    return rows.stream().map(row -> UUID.fromString(row.toString())).collect(Collectors.toSet());
  }

  /** Warnings come from the tree's own structure, so listing trees needs no lookups of queues or calendars. */
  static IvrTreeView view(IvrTreeEntity entity) {
    IvrTree tree = IvrDrafts.toTree(entity.getId(), entity.getName(), entity.getDefinition());
    return new IvrTreeView(entity.getId(), entity.getName(), entity.getVersion(), entity.getDefinition(),
        IvrValidation.problemsOf(tree, KnownTargets.anything()).stream()
            .filter(problem -> !problem.isError()).map(IvrDrafts::toIssue).toList());
  }
}
