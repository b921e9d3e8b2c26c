package org.confidant.ivr.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.ivr.api.BusinessHoursCatalogue;
import org.confidant.ivr.api.BusinessHoursDraft;
import org.confidant.ivr.api.BusinessHoursView;
import org.confidant.ivr.api.ConfigurationConflict;
import org.confidant.ivr.api.InvalidConfiguration;
import org.confidant.ivr.domain.BusinessHours;
import org.confidant.ivr.domain.InvalidBusinessHours;
import org.confidant.ivr.infrastructure.BusinessHoursEntity;
import org.confidant.ivr.infrastructure.IvrTreeEntity;
import org.confidant.ivr.infrastructure.StoredHours;

@Stateless
public class BusinessHoursCatalogueBean implements BusinessHoursCatalogue {

  static final String WHAT = "business-hours calendar";
  static final String RESOURCE = "business-hours";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<BusinessHoursView> calendars() {
    Instant now = Instant.now();
    return entityManager.createQuery("select c from BusinessHoursEntity c order by c.name", BusinessHoursEntity.class)
        .getResultList().stream().map(calendar -> view(calendar, now)).toList();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public BusinessHoursView calendar(UUID id) {
    return view(Catalogues.existing(entityManager, BusinessHoursEntity.class, id, WHAT), Instant.now());
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public BusinessHoursView create(BusinessHoursDraft draft) {
    UUID id = UUID.randomUUID();
    StoredHours hours = acceptable(id, draft);
    BusinessHoursEntity calendar = new BusinessHoursEntity(id, draft.name(), draft.timeZone(), hours);
    entityManager.persist(calendar);
    entityManager.flush();
    audit.record("business-hours.created", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(calendar, Instant.now());
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public BusinessHoursView update(UUID id, BusinessHoursDraft draft) {
    BusinessHoursEntity calendar = Catalogues.existing(entityManager, BusinessHoursEntity.class, id, WHAT);
    Catalogues.requireVersion(calendar, draft.version(), WHAT);
    calendar.change(draft.name(), draft.timeZone(), acceptable(id, draft));
    Catalogues.flush(entityManager, WHAT);
    audit.record("business-hours.updated", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
    return view(calendar, Instant.now());
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void delete(UUID id) {
    BusinessHoursEntity calendar = Catalogues.existing(entityManager, BusinessHoursEntity.class, id, WHAT);
    requireUnused(id);
    entityManager.remove(calendar);
    Catalogues.flush(entityManager, WHAT);
    audit.record("business-hours.deleted", RESOURCE, id.toString(), AuditOutcome.SUCCESS);
  }

  private StoredHours acceptable(UUID id, BusinessHoursDraft draft) {
    StoredHours hours = new StoredHours(draft.weekly(), draft.holidays());
    try {
      BusinessHoursDrafts.toCalendar(draft.timeZone(), hours);
    } catch (InvalidBusinessHours invalid) {
      throw new InvalidConfiguration(WHAT, BusinessHoursDrafts.toIssues(invalid));
    }
    Catalogues.requireNameFree(entityManager, "BusinessHoursEntity", draft.name(), id, WHAT);
    return hours;
  }

  /** A tree whose hours check names the calendar would fail validation from then on: refuse instead. */
  private void requireUnused(UUID id) {
    List<String> users = entityManager.createQuery("select t from IvrTreeEntity t order by t.name", IvrTreeEntity.class)
        .getResultList().stream()
        .filter(tree -> tree.getDefinition().nodes().stream().anyMatch(node -> Objects.equals(node.calendarId(), id)))
        .map(IvrTreeEntity::getName)
        .toList();
    if (!users.isEmpty()) {
      throw new ConfigurationConflict("the calendar is used by the IVR tree(s) " + String.join(", ", users)
          + "; change them first");
    }
  }

  private static BusinessHoursView view(BusinessHoursEntity entity, Instant now) {
    StoredHours hours = entity.getHours();
    BusinessHours calendar = BusinessHoursDrafts.toCalendar(entity.getTimeZone(), hours);
    return new BusinessHoursView(entity.getId(), entity.getName(), entity.getVersion(), entity.getTimeZone(),
        hours.weekly(), hours.holidays(), calendar.isOpen(now), calendar.nextOpening(now).orElse(null));
  }
}
