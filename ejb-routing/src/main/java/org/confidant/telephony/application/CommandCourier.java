package org.confidant.telephony.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every second, attempts the delivery of the commands that are due. One per server (a {@code @Singleton} whose
 * overlapping ticks are skipped); the row locks in {@link CommandOutbox} keep it correct with several servers too,
 * each delivering what it locked first.
 */
@Singleton
public class CommandCourier {

  @EJB CommandOutbox outbox;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "deliver connector commands")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliverDueCommands() {
    outbox.due().forEach(outbox::attempt);
  }
}
