package org.confidant.telephony.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.confidant.calls.application.CallLedger;
import org.confidant.identity.Roles;
import org.confidant.routing.application.RoutingEngine;
import org.confidant.routing.domain.Router;
import org.confidant.telephony.api.SimulationSettings;
import org.confidant.telephony.api.SimulationStatus;
import org.confidant.telephony.api.Simulator;
import org.confidant.telephony.api.SimulatorBusy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs one simulation at a time on a managed thread, posting its events through the call ledger. With
 * {@code confidant.simulator.autostart=true} (env {@code CONFIDANT_SIMULATOR_AUTOSTART}, set by the demo) a gentle
 * endless run starts with the server, so the demo has calls to show.
 */
@Singleton
@Startup
public class SimulatorBean implements Simulator {

  /** The demo's phone traffic: a call every five seconds, 2-minute talks, 6 agents, until stopped. */
  static final SimulationSettings DEMO_TRAFFIC =
      new SimulationSettings(System.nanoTime(), 0, 0.2, 6, 4_000, 120_000, 90_000, 15_000, 0.6, 0.2, 0.05);

  private static final Logger LOG = Logger.getLogger(SimulatorBean.class.getName());

  @Inject
  @ConfigProperty(name = "confidant.simulator.autostart", defaultValue = "false")
  boolean autostart;

  /** Ledger transactions the simulator runs side by side (its events split by call id). */
  @Inject
  @ConfigProperty(name = "confidant.simulator.ledger-partitions", defaultValue = "4")
  int ledgerPartitions;

  @EJB CallLedger ledger;

  @EJB RoutingEngine routing;

  @Resource ManagedExecutorService executor;

  private final Clock clock = Clock.systemUTC();
  private SimulationRun current;

  @PostConstruct
  void startDemoTraffic() {
    if (autostart) {
      LOG.info("Starting the simulated phone system's demo traffic");
      launch(DEMO_TRAFFIC);
    }
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SimulationStatus start(SimulationSettings settings) {
    return launch(settings);
  }

  private SimulationStatus launch(SimulationSettings settings) {
    if (current != null && !current.isOver()) {
      throw new SimulatorBusy();
    }
    current = new SimulationRun(new Simulation(
        settings, routing.queues(), ledgerBatches(), simulatedCallCenter(), clock.instant()), clock);
    executor.submit(current);
    return current.status();
  }

  private LedgerBatches ledgerBatches() {
    LedgerBatches.Ledger rejections = batch -> (int) ledger.receiveAll(batch).stream()
        .filter(receipt -> "REJECTED".equals(receipt.outcome())).count();
    return new LedgerBatches(rejections, executor, ledgerPartitions);
  }

  /**
   * The simulated agents are not the server's agents: the simulation routes them with a router of its own (the same
   * engine, over the same queues), as a PBX with its own ACD would, and reports its calls as routed by their source.
   */
  private Router simulatedCallCenter() {
    Router router = new Router();
    Instant now = clock.instant();
    routing.queues().forEach(queue -> router.defineQueue(queue, now));
    return router;
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public SimulationStatus status() {
    return current == null ? null : current.status();
  }

  @PreDestroy
  void stopAtShutdown() {
    if (current != null) {
      current.stop();
    }
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
