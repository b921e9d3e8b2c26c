package org.confidant.contacts.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.contacts.api.BreakGlassRequired;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.RecordNotFound;
import org.confidant.contacts.domain.AccessDecision;
import org.confidant.contacts.domain.AccessFacts;
import org.confidant.contacts.domain.BreakGlassReason;
import org.confidant.contacts.domain.RoutineAccess;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.events.catalogue.EventEnvelope;
import org.confidant.events.publishing.Channel;
import org.confidant.events.publishing.EventPublisher;
import org.confidant.identity.Roles;

/**
 * The gate in front of every contact's PHI, for contacts and cases alike: who the caller is, whether their work gives
 * them the record, and break-glass — a stated reason is kept (and audited as {@code BREAK_GLASS}) and opens the
 * record for {@value #BREAK_GLASS_MINUTES} minutes; no reason and no routine access is refused (audited as DENIED,
 * and that entry commits). {@code @PermitAll}: the beans calling it check roles; it needs the caller's identity.
 */
@Stateless
@PermitAll
public class ContactAccess {

  public static final String BREAK_GLASS = "BREAK_GLASS";
  /** The event type announcing a break-glass access on the security topic. */
  public static final String BREAK_GLASS_USED = "BreakGlassUsed";
  private static final JsonProvider JSON = JsonProvider.provider();
  static final int BREAK_GLASS_MINUTES = 30;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB AuditTrail audit;

  @EJB EventPublisher publisher;

  @Resource SessionContext session;

  @Inject RoutineAccess rule;

  private final Clock clock = Clock.systemUTC();

  public String user() {
    return session.getCallerPrincipal().getName();
  }

  public Set<String> roles() {
    return Roles.ALL.stream().filter(session::isCallerInRole).collect(Collectors.toUnmodifiableSet());
  }

  /** The contact, when the caller may open it; else {@link BreakGlassRequired} (or access denied). */
  public OpenContact open(UUID contactId, String reasonText) {
    ContactEntity contact = entityManager.find(ContactEntity.class, contactId);
    if (contact == null) {
      throw new RecordNotFound("contact", contactId);
    }
    return new OpenContact(contact, decide(contact, reasonText));
  }

  /** How the caller opens the contact; records a new break-glass, refuses (audited) without access. */
  private AccessDecision decide(ContactEntity contact, String reasonText) {
    BreakGlassReason reason = reason(reasonText);
    AccessDecision decision = rule.decide(roles(), facts(contact), reason);
    switch (decision) {
      case REFUSED -> throw new EJBAccessException("this role reads no PHI");
      case REASON_REQUIRED -> {
        audit.record("contact.opened", "contact", contact.getId().toString(), AuditOutcome.DENIED);
        throw new BreakGlassRequired();
      }
      case BREAK_GLASS -> recordBreakGlass(contact.getId(), reason);
      case ROUTINE -> { }
    }
    return decision;
  }

  private static BreakGlassReason reason(String text) {
    try {
      return BreakGlassReason.ofNullable(text);
    } catch (IllegalArgumentException tooShortOrLong) {
      throw new InvalidRecord("reason", tooShortOrLong.getMessage());
    }
  }

  private AccessFacts facts(ContactEntity contact) {
    String user = user();
    return new AccessFacts(user.equals(contact.getRegisteredBy()),
        count("SELECT count(*) FROM contact_case c LEFT JOIN agent a ON a.username = ?2"
            + " WHERE c.contact_id = ?1 AND c.status IN ('OPEN', 'PENDING')"
            + " AND (c.owner_agent_id = a.id OR c.team = a.attributes ->> 'team')", contact.getId(), user) > 0,
        count("SELECT count(*) FROM break_glass_access WHERE contact_id = ?1 AND actor = ?2"
            + " AND accessed_at > now() - make_interval(mins => " + BREAK_GLASS_MINUTES + ")",
            contact.getId(), user) > 0);
  }

  private long count(String sql, UUID contactId, String user) {
    return ((Number) entityManager.createNativeQuery(sql)
        .setParameter(1, contactId).setParameter(2, user).getSingleResult()).longValue();
  }

  /**
   * A reason stated now is kept and raised on the supervisors' wallboard (an event naming who and which record —
   * never the reason, which stays in the database and the audit trail); a read within the window of an earlier one
   * states none and adds nothing.
   */
  private void recordBreakGlass(UUID contactId, BreakGlassReason reason) {
    if (reason == null) {
      return;
    }
    entityManager.createNativeQuery("INSERT INTO break_glass_access (actor, contact_id, reason) VALUES (?1, ?2, ?3)")
        .setParameter(1, user()).setParameter(2, contactId).setParameter(3, reason.text())
        .executeUpdate();
    audit.record(BREAK_GLASS, "contact", contactId.toString(), AuditOutcome.SUCCESS, reason.text());
    publisher.publish(Channel.SECURITY, EventEnvelope.of(BREAK_GLASS_USED, 1, clock.instant(), contactId,
        JSON.createObjectBuilder().add("actor", user()).add("contactId", contactId.toString()).build().toString()));
  }
}
