package org.confidant.events.deadletters;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * No dead letter has this id (never had, or it was replayed or discarded meanwhile). Does not roll the caller's
 * transaction back, so the caller can still audit the failed attempt.
 */
@ApplicationException(rollback = false)
public class UnknownDeadLetter extends RuntimeException {

  public UnknownDeadLetter(UUID id) {
    super("no dead letter " + id);
  }
}
