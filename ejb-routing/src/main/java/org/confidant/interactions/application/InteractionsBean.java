package org.confidant.interactions.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.agents.application.Presences;
import org.confidant.agents.infrastructure.AgentEntity;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.identity.Roles;
import org.confidant.interactions.api.DispositionChoice;
import org.confidant.interactions.api.InteractionAccessDenied;
import org.confidant.interactions.api.InteractionLinks;
import org.confidant.interactions.api.InteractionView;
import org.confidant.interactions.api.Interactions;
import org.confidant.interactions.api.NoteDraft;
import org.confidant.interactions.api.NoteView;
import org.confidant.interactions.infrastructure.DispositionCodeEntity;
import org.confidant.interactions.infrastructure.InteractionEntity;
import org.confidant.interactions.infrastructure.InteractionNoteEntity;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.application.ConfigurationEdits;
import org.confidant.vault.FieldSeal;
import org.confidant.vault.KeyKind;
import org.confidant.vault.Vault;
import org.confidant.vault.WrappedKey;

@Stateless
public class InteractionsBean implements Interactions {

  private static final String RESOURCE = "interaction";
  private static final int MAX_PAGE = 200;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Resource SessionContext session;

  @EJB AuditTrail audit;

  @EJB Presences presences;

  @EJB InteractionEvents events;

  @Inject Vault vault;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.SUPERVISOR)
  public List<InteractionView> search(Instant from, Instant to, UUID queueId, UUID agentId, int page, int size) {
    Instant now = clock.instant();
    // Conditions are added only for the filters given: a null parameter leaves PostgreSQL guessing its type.
    StringBuilder query = new StringBuilder("select i from InteractionEntity i"
        + " where i.offeredAt >= :from and i.offeredAt < :to");
    if (queueId != null) {
      query.append(" and :queue member of i.queues");
    }
    if (agentId != null) {
      query.append(" and exists (select 1 from InteractionEntity j join j.participants p"
          + " where j.callId = i.callId and p.agentId = :agent)");
    }
    var select = entityManager.createQuery(query.append(" order by i.offeredAt desc").toString(),
            InteractionEntity.class)
        .setParameter("from", from).setParameter("to", to);
    if (queueId != null) {
      select.setParameter("queue", queueId);
    }
    if (agentId != null) {
      select.setParameter("agent", agentId);
    }
    int pageSize = Math.min(Math.max(size, 1), MAX_PAGE);
    List<InteractionView> found = select.setFirstResult(Math.max(page, 0) * pageSize).setMaxResults(pageSize)
        .getResultStream().map(row -> InteractionViews.of(row, List.of(), now)).toList();
    audit.record("interaction.searched", RESOURCE, "*", AuditOutcome.SUCCESS);
    return found;
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView interaction(UUID callId) {
    InteractionEntity row = mayDescribe(callId, "interaction.read");
    return InteractionViews.of(row, notes(row), clock.instant());
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView choose(UUID callId, DispositionChoice choice) {
    InteractionEntity row = mayDescribe(callId, "interaction.disposition.set");
    boolean known = entityManager.createQuery("select d from DispositionCodeEntity d where d.code = :code",
            DispositionCodeEntity.class).setParameter("code", choice.code())
        .getResultStream().anyMatch(DispositionCodeEntity::isActive);
    if (!known) {
      throw new ConfigurationConflict(choice.code() + " is not an active disposition code; see"
          + " /api/v1/disposition-codes");
    }
    row.describe(choice.code(), clock.instant());
    return updated(row);
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public NoteView addNote(UUID callId, NoteDraft note) {
    InteractionEntity row = mayDescribe(callId, "interaction.note.added");
    WrappedKey key = row.notesKey().orElseGet(() -> {
      WrappedKey created = vault.newDataKey(KeyKind.FIELD);
      row.keepNotesKey(created);
      return created;
    });
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    String author = session.getCallerPrincipal().getName();
    entityManager.persist(new InteractionNoteEntity(id, callId, author, now,
        new FieldSeal(vault.fieldCipher(key)).seal(CallNotes.noteText(id), note.text())));
    updated(row);
    return new NoteView(id, author, now, note.text());
  }

  @Override
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public InteractionView link(UUID callId, InteractionLinks links) {
    InteractionEntity row = mayDescribe(callId, "interaction.links.set");
    row.link(links.contactId(), links.caseId(), clock.instant());
    return updated(row);
  }

  /** Announces the change and answers the interaction with its notes (the caller just proved they may read them). */
  private InteractionView updated(InteractionEntity row) {
    Instant now = clock.instant();
    events.publish(InteractionEvents.UPDATED, row, now);
    return InteractionViews.of(row, notes(row), now);
  }

  /** The interaction, if the caller is a supervisor or one of its agents; the access is audited either way. */
  private InteractionEntity mayDescribe(UUID callId, String action) {
    InteractionEntity row = ConfigurationEdits.found(entityManager, InteractionEntity.class, callId, RESOURCE);
    boolean allowed = session.isCallerInRole(Roles.SUPERVISOR)
        || me().filter(agentId -> row.toInteraction().involves(agentId)).isPresent();
    audit.record(action, RESOURCE, callId.toString(), allowed ? AuditOutcome.SUCCESS : AuditOutcome.DENIED);
    if (!allowed) {
      throw new InteractionAccessDenied();
    }
    return row;
  }

  private Optional<UUID> me() {
    return presences.agentNamed(session.getCallerPrincipal().getName()).map(AgentEntity::getId);
  }

  /** Notes, decrypted: only callers who passed {@link #mayDescribe} get here. */
  private List<NoteView> notes(InteractionEntity row) {
    return CallNotes.of(entityManager, vault, row);
  }
}
