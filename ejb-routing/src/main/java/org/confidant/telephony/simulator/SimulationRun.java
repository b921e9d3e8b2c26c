package org.confidant.telephony.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confidant.telephony.api.SimulationStatus;

/**
 * Drives a {@link Simulation} in real time on one thread: sleeps until the next happening, advances, and finishes
 * when every call has ended or when stopped. Status can be read from any thread.
 */
public final class SimulationRun implements Runnable {

  private static final Logger LOG = Logger.getLogger(SimulationRun.class.getName());
  private static final Duration TICK = Duration.ofMillis(50);

  private final Simulation simulation;
  private final Clock clock;
  private volatile boolean stopRequested;
  private volatile String state = "RUNNING";

  public SimulationRun(Simulation simulation, Clock clock) {
    this.simulation = simulation;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      synchronized (this) {
        simulation.begin();
      }
      loop();
      finish(stopRequested ? "STOPPED" : "FINISHED");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Simulator run failed", e);
      finish("FAILED");
    }
  }

  private void loop() {
    while (!stopRequested) {
      Optional<Instant> next;
      synchronized (this) {
        next = simulation.advance(clock.instant());
        if (simulation.finished()) {
          return;
        }
      }
      pauseUntil(next.orElse(clock.instant().plus(TICK)));
    }
  }

  private synchronized void finish(String outcome) {
    Instant now = clock.instant();
    if (!simulation.finished()) {
      simulation.stop(now);
    }
    simulation.logOutAgents(now);
    state = outcome;
  }

  public void stop() {
    stopRequested = true;
  }

  public boolean isOver() {
    return !"RUNNING".equals(state);
  }

  public synchronized SimulationStatus status() {
    return simulation.status(state, clock.instant());
  }

  private void pauseUntil(Instant next) {
    long millis = Math.min(TICK.toMillis(), Duration.between(clock.instant(), next).toMillis());
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopRequested = true;
      }
    }
  }
}
