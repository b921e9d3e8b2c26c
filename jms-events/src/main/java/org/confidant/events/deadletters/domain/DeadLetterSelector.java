package org.confidant.events.deadletters.domain;

/**
 * JMS message selectors over the dead-letter queue. The broker keeps every dead letter in one queue and stamps each
 * with its original address and queue ({@value #ORIGINAL_ADDRESS}, {@value #ORIGINAL_QUEUE}); selecting on those
 * gives the view per original destination without a queue per destination.
 */
public final class DeadLetterSelector {

  /** Set by Artemis when it moves a message to the dead-letter address. */
  public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
  /** Set by Artemis when it moves a message to the dead-letter address. */
  public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

  private DeadLetterSelector() {}

  /** Exactly the dead letter of one message from one queue (see {@link DeadLetter#idOf}). */
  public static String of(String messageId, String originalQueue) {
    return "JMSMessageID = " + literal(messageId) + " AND " + ORIGINAL_QUEUE + " = " + literal(originalQueue);
  }

  /** A JMS selector string literal: quotes doubled, so a value can never end the literal early. */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
