package org.confidant.api.deadletters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditTrail;
import org.confidant.events.deadletters.DeadLetters;
import org.confidant.events.deadletters.UnknownDeadLetter;
import org.confidant.events.deadletters.domain.DeadLetter;
import org.confidant.events.deadletters.domain.DeadLetterContent;
import org.confidant.events.deadletters.domain.Replay;
import org.confidant.identity.Roles;

/**
 * {@code /api/v1/dead-letters}. The list never shows payloads; {@code GET /{id}} does (it may carry PHI), so it is
 * audited. Replay and discard run in one transaction with their audit entry: the audit trail lives
 * in security-realm, which jms-events may not use, so this edge joins the two. An unknown id is audited as FAILED
 * and answered 404 (the transaction commits for that, there is nothing else to roll back).
 */
@Path("/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class DeadLettersResource {

  static final String RESOURCE_TYPE = "dead-letter";

  @EJB DeadLetters deadLetters;

  @EJB AuditTrail audit;

  @GET
  public List<DeadLetter> list() {
    return deadLetters.list();
  }

  /** Shows a payload, which may carry PHI: audited like any access to it. */
  @GET
  @Path("{id}")
  @Transactional(dontRollbackOn = UnknownDeadLetter.class)
  public DeadLetterContent read(@PathParam("id") UUID id) {
    return audited("dead-letter.read", id, () -> deadLetters.read(id));
  }

  @POST
  @Path("{id}/replay")
  @Transactional(dontRollbackOn = UnknownDeadLetter.class)
  public Replay replay(@PathParam("id") UUID id) {
    return audited("dead-letter.replayed", id, () -> deadLetters.replay(id));
  }

  @DELETE
  @Path("{id}")
  @Transactional(dontRollbackOn = UnknownDeadLetter.class)
  public DeadLetter discard(@PathParam("id") UUID id) {
    return audited("dead-letter.discarded", id, () -> deadLetters.discard(id));
  }

  private <T> T audited(String action, UUID id, Supplier<T> work) {
    try {
      T done = work.get();
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.SUCCESS);
      return done;
    } catch (UnknownDeadLetter unknown) {
      audit.record(action, RESOURCE_TYPE, id.toString(), AuditOutcome.FAILED);
      throw unknown;
    }
  }
}
