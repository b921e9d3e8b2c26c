package org.confidant.routing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Time in routing: every second the offers that rang out (RONA), wrap-ups that ended, escalation steps and
 * overflows that came due; every 15 seconds a reconciliation that frees agents and calls whose end never arrived.
 * The first tick also rebuilds the router from the database after a start.
 */
@Singleton
@Startup
public class RoutingClock {

  private static final Logger LOG = Logger.getLogger(RoutingClock.class.getName());

  @EJB CallRouting routing;

  private final Clock clock = Clock.systemUTC();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "routing clock")
  void tick() {
    routing.clockTick(clock.instant());
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "routing reconciliation")
  void reconcile() {
    int repairs = routing.reconcile(clock.instant());
    if (repairs > 0) {
      LOG.warning(() -> "Reconciliation repaired " + repairs + " agent(s) or call(s)");
    }
  }
}
