package org.confidant.recordings.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A legal hold: while it stands, nothing linked to its subject is purged, whatever the retention policy says.
 * Releasing it takes two people: one asks ({@link #requestRelease}), another approves ({@link #approveRelease}); the
 * hold keeps blocking purges until the approval. {@code reference} names the litigation or request (a docket or
 * ticket number), never PHI.
 */
public record LegalHold(
    UUID id,
    HoldSubject subject,
    String reference,
    String placedBy,
    Instant placedAt,
    State state,
    String releaseRequestedBy,
    Instant releaseRequestedAt,
    String releasedBy,
    Instant releasedAt) {

  /** Where a hold is in its life. */
  public enum State { ACTIVE, RELEASE_REQUESTED, RELEASED }

  public LegalHold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(placedBy, "placedBy");
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(state, "state");
  }

  public static LegalHold place(UUID id, HoldSubject subject, String reference, String by, Instant at) {
    return new LegalHold(id, subject, reference, by, at, State.ACTIVE, null, null, null, null);
  }

  public LegalHold requestRelease(String by, Instant at) {
    if (state != State.ACTIVE) {
      throw new HoldRuleViolation(HoldRuleViolation.Rule.NOT_ACTIVE,
          "this hold is " + state + "; only an active hold can be asked to be released");
    }
    return new LegalHold(id, subject, reference, placedBy, placedAt, State.RELEASE_REQUESTED, by, at, null, null);
  }

  public LegalHold approveRelease(String by, Instant at) {
    if (state != State.RELEASE_REQUESTED) {
      throw new HoldRuleViolation(HoldRuleViolation.Rule.NO_RELEASE_REQUESTED,
          "this hold is " + state + "; a release must be requested before it is approved");
    }
    if (by.equals(releaseRequestedBy)) {
      throw new HoldRuleViolation(HoldRuleViolation.Rule.SAME_PERSON,
          "the release of a legal hold must be approved by someone other than who requested it");
    }
    return new LegalHold(id, subject, reference, placedBy, placedAt, State.RELEASED, releaseRequestedBy,
        releaseRequestedAt, by, at);
  }

  /** A hold blocks purges until its release is approved. */
  public boolean stands() {
    return state != State.RELEASED;
  }

  public boolean blocks(RecordingLinks links) {
    return stands() && links.linkedTo(subject);
  }
}
