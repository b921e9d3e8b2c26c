package org.confidant.ivr.domain;

import java.util.UUID;

/** How a call leaves the IVR. */
public sealed interface IvrOutcome {

  /** Into a queue, with its priority raised by the boost and, if set, for agents with the skill only. */
  record Queued(UUID queueId, int priorityBoost, UUID requiredSkillId) implements IvrOutcome {}

  /** To a mailbox. */
  record ToVoicemail(String mailbox) implements IvrOutcome {}

  /** The call ends: the tree said so, or the walk took more steps than any sane flow needs. */
  record HungUp(boolean stepLimitReached) implements IvrOutcome {}
}
