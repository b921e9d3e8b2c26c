package org.confidant.telephony.simulator;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import org.confidant.calls.api.TelephonyEvent;
import org.confidant.calls.application.CallLedger;
import org.confidant.identity.Roles;
import org.confidant.routing.application.RoutingEngine;
import org.confidant.telephony.api.SimulationSettings;
import org.confidant.telephony.api.SimulationStatus;
import org.confidant.telephony.api.Simulator;
import org.confidant.telephony.api.SimulatorBusy;

/** Runs one simulation at a time on a managed thread, posting its events through the call ledger. */
@Singleton
public class SimulatorBean implements Simulator {

  @EJB CallLedger ledger;

  @EJB RoutingEngine routing;

  @Resource ManagedExecutorService executor;

  private final Clock clock = Clock.systemUTC();
  private SimulationRun current;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SimulationStatus start(SimulationSettings settings) {
    if (current != null && !current.isOver()) {
      throw new SimulatorBusy();
    }
    CallEventsPort telephony = (callId, sequence, at, type, detail) ->
        ledger.receive(new TelephonyEvent(callId, sequence, at, type.name(), detail)).outcome();
    current = new SimulationRun(new Simulation(settings, routing.queues(), telephony, routing, clock.instant()), clock);
    executor.submit(current);
    return current.status();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SimulationStatus status() {
    return current == null ? null : current.status();
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SimulationStatus stop() {
    if (current == null) {
      return null;
    }
    current.stop();
    return current.status();
  }
}
