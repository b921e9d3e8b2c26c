package org.confidant.events.consuming;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import org.confidant.events.catalogue.EventEnvelope;

/**
 * The base of our event consumers: each event is handled once, in a database transaction of its own that records
 * the delivery ({@link DeliveryLedger}) with the work — a one-resource transaction, so no two-phase commit per
 * message. The message itself is taken in a local JMS transaction (MDBs declare {@code useLocalTx=true} and bean-
 * managed transactions) that commits after the database did: a crash in between redelivers the message, and the
 * delivery record makes the redelivery a no-op. A failure rolls the database work back and throws, so the broker
 * redelivers and finally dead-letters (docs/decisions.md, 4c).
 */
public abstract class IdempotentConsumer implements MessageListener {

  /** Looked up once: finding the provider is slow. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Resource UserTransaction transaction;

  @EJB DeliveryLedger ledger;

  /** The consumer's name in the delivery ledger (its subscription name). */
  protected abstract String name();

  /** The work for one event, inside the transaction; runs at most once per event id. */
  protected abstract void handle(EventEnvelope event);

  /** The event's payload as JSON; a payload that is not JSON makes the consumer throw (redelivery, dead letter). */
  protected static JsonObject payloadOf(EventEnvelope event) {
    return JSON.createReader(new StringReader(event.payload())).readObject();
  }

  @Override
  public void onMessage(Message message) {
    EventEnvelope event = EventEnvelope.fromJson(body(message));
    begin();
    try {
      if (ledger.firstDelivery(name(), event.id())) {
        handle(event);
      }
      commit();
    } catch (RuntimeException failure) {
      rollbackQuietly(failure);
      throw failure;
    }
  }

  private static String body(Message message) {
    try {
      return ((TextMessage) message).getText();
    } catch (JMSException | ClassCastException e) {
      throw new IllegalArgumentException("not an event envelope text message", e);
    }
  }

  private void begin() {
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("could not begin the consumer's transaction", e);
    }
  }

  private void commit() {
    try {
      transaction.commit();
    } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
      throw new IllegalStateException("the consumer's transaction did not commit", e);
    }
  }

  private void rollbackQuietly(RuntimeException cause) {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      cause.addSuppressed(e);
    }
  }
}
