package org.confidant.events.deadletters.domain;

/** A dead letter this server cannot send back where it came from (it did not come from a JMS destination). */
public class NotReplayable extends RuntimeException {

  public NotReplayable(String message) {
    super(message);
  }
}
