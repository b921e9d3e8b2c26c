package org.confidant.ivr.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.confidant.calls.domain.CallEvent;
import org.confidant.ivr.domain.BusinessHours;
import org.confidant.ivr.domain.IvrContext;
import org.confidant.ivr.domain.IvrNode;
import org.confidant.ivr.domain.IvrOutcome;
import org.confidant.ivr.domain.IvrPrompting;
import org.confidant.ivr.domain.IvrStep;
import org.confidant.ivr.domain.IvrTree;
import org.confidant.ivr.domain.IvrWalk;
import org.confidant.ivr.infrastructure.BusinessHoursEntity;
import org.confidant.ivr.infrastructure.CallIvrEntity;
import org.confidant.ivr.infrastructure.IvrTreeEntity;
import org.confidant.routing.application.CallRouting;
import org.confidant.telephony.api.CommandRefused;
import org.confidant.telephony.api.CommandType;
import org.confidant.telephony.api.ConnectorCommand;
import org.confidant.telephony.application.CommandDispatcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs IVR trees in the server's call flow: a connector's IVR_STARTED naming a tree starts the call's walk, its
 * DIGITS events advance it, and each step becomes a command to the call's connector (play and collect, transfer to
 * voicemail, hang up) or puts the call in a queue through {@link CallRouting} — all in the ledger's transaction.
 * Not in an {@code api} package and without roles: only the call ledger calls it.
 */
@Stateless
public class CallIvr {

  static final String VOICEMAIL_PREFIX = "voicemail:";
  private static final Logger LOG = Logger.getLogger(CallIvr.class.getName());

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB CallRouting routing;

  @EJB CommandDispatcher commands;

  /** The site's emergency flag: while set, trees play their emergency prompt first. */
  @Inject
  @ConfigProperty(name = "confidant.ivr.emergency", defaultValue = "false")
  boolean emergency;

  /** Whether an IVR_STARTED event's detail names a stored tree. */
  public boolean isKnownTree(String detail) {
    try {
      return detail != null && entityManager.find(IvrTreeEntity.class, UUID.fromString(detail)) != null;
    } catch (IllegalArgumentException notAnId) {
      return false;
    }
  }

  /** Follows an event the ledger applied to a call the server routes. */
  public void follow(CallEvent event, Instant now) {
    switch (event.type()) {
      case IVR_STARTED -> started(event, now);
      case DIGITS -> pressed(event, now);
      case ENDED -> callerLeft(event.callId(), now);
      default -> { }
    }
  }

  private void started(CallEvent event, Instant now) {
    if (event.detail() == null || event.detail().isEmpty()
        || entityManager.find(CallIvrEntity.class, event.callId()) != null) {
      return; // the PBX runs its own IVR, or the call is already in one of ours
    }
    IvrTreeEntity tree = entityManager.find(IvrTreeEntity.class, UUID.fromString(event.detail()));
    entityManager.flush(); // the call's own row first: the IVR progress refers to it
    CallIvrEntity row = new CallIvrEntity(event.callId(), tree, now, emergency);
    entityManager.persist(row);
    advance(event.callId(), row, walkOf(row), now);
  }

  private void pressed(CallEvent event, Instant now) {
    CallIvrEntity row = entityManager.find(CallIvrEntity.class, event.callId());
    if (row == null || !row.isRunning()) {
      return; // keys during a conversation, or for the PBX's own IVR
    }
    IvrWalk walk = walkOf(row);
    walk.enter(event.detail());
    advance(event.callId(), row, walk, now);
  }

  private void callerLeft(UUID callId, Instant now) {
    CallIvrEntity row = entityManager.find(CallIvrEntity.class, callId);
    if (row != null && row.isRunning()) {
      row.done("CALLER_LEFT", null, null, now);
    }
  }

  /** The walk as stored: the tree as the call entered it, at that time, replayed with the entries so far. */
  private IvrWalk walkOf(CallIvrEntity row) {
    IvrContext context = new IvrContext(row.getStartedAt(), row.isEmergency(), calendars());
    IvrTree tree = IvrDrafts.toTree(row.getTreeId(), row.getTreeId().toString(), row.getDefinition());
    return IvrWalk.replay(tree, context, row.getEntries());
  }

  private Map<UUID, BusinessHours> calendars() {
    return entityManager.createQuery("select c from BusinessHoursEntity c", BusinessHoursEntity.class)
        .getResultStream().collect(Collectors.toMap(BusinessHoursEntity::getId,
            calendar -> BusinessHoursDrafts.toCalendar(calendar.getTimeZone(), calendar.getHours())));
  }

  /** Stores the walk and tells the telephony what comes next. */
  private void advance(UUID callId, CallIvrEntity row, IvrWalk walk, Instant now) {
    List<IvrStep> path = walk.path();
    row.progressed(walk.entries(), path, walk.waitingAt().map(IvrNode::id).orElse(null));
    if (walk.waitingAt().isPresent()) {
      send(callId, CommandType.PLAY_AND_COLLECT, null, IvrPrompting.collect(walk.waitingAt().get(), walk.prompts()));
    } else {
      leave(callId, row, walk, path.get(path.size() - 1).nodeId(), now);
    }
  }

  /** The call leaves the IVR at the exit node: into a queue, to a mailbox, or hung up. */
  private void leave(UUID callId, CallIvrEntity row, IvrWalk walk, String exitNode, Instant now) {
    IvrOutcome outcome = walk.outcome().orElseThrow();
    if (outcome instanceof IvrOutcome.Queued queued) {
      row.done("QUEUED", queued.queueId().toString(), queued.priorityBoost(), now);
      if (!walk.prompts().isEmpty()) {
        send(callId, CommandType.PLAY_AND_COLLECT, null, IvrPrompting.playOnly(exitNode, walk.prompts()));
      }
      if (routing.isRoutableQueue(queued.queueId().toString())) {
        routing.queueFromIvr(callId, queued.queueId(), queued.priorityBoost(), queued.requiredSkillId(), now);
      } else {
        LOG.warning(() -> "Call " + callId + " left the IVR to queue " + queued.queueId() + ", unknown; not routed");
      }
    } else if (outcome instanceof IvrOutcome.ToVoicemail voicemail) {
      row.done("VOICEMAIL", voicemail.mailbox(), null, now);
      send(callId, CommandType.BLIND_TRANSFER, VOICEMAIL_PREFIX + voicemail.mailbox(),
          IvrPrompting.play(exitNode, walk.prompts()));
    } else {
      row.done("HUNG_UP", null, null, now);
      send(callId, CommandType.HANG_UP, null, IvrPrompting.play(exitNode, walk.prompts()));
    }
  }

  /** A call from a source without a command channel still walks the tree; nothing can be played to it. */
  private void send(UUID callId, CommandType type, String target, Map<String, String> parameters) {
    try {
      commands.dispatch(ConnectorCommand.forCall(callId, type, target, parameters));
    } catch (CommandRefused noCommandChannel) {
      LOG.warning(() -> type + " for call " + callId + " not sent to a connector: " + noCommandChannel.getMessage());
    }
  }
}
