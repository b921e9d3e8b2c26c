package org.confidant.calls.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.confidant.calls.api.EventReceipt;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.api.TelephonyEventIntake;
import org.confidant.identity.Roles;

/** The secured entry for telephony systems outside the server (the HTTP CTI API). */
@Stateless
public class TelephonyEventIntakeBean implements TelephonyEventIntake {

  @EJB CallLedger ledger;

  @Override
  @RolesAllowed({Roles.TELEPHONY, Roles.ADMIN})
  public EventReceipt receive(TelephonyEvent event) {
    return ledger.receive(event);
  }
}
