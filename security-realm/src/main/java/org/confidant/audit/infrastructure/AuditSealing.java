package org.confidant.audit.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every second, seals what was committed since. One per server; with several servers the chain head's row lock
 * makes them take turns.
 */
@Singleton
public class AuditSealing {

  @EJB AuditSealer sealer;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "seal audit entries")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sealCommittedEntries() {
    sealer.sealPending();
  }
}
