package org.confidant.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.confidant.routing.domain.AgentProfile;
import org.confidant.routing.domain.AgentTarget;
import org.confidant.routing.domain.CallRequest;
import org.confidant.routing.domain.EscalationStep;
import org.confidant.routing.domain.OverflowRule;
import org.confidant.routing.domain.Proficiency;
import org.confidant.routing.domain.QueueDefinition;
import org.confidant.routing.domain.Router;
import org.confidant.routing.domain.RoutingDecision;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingStrategy;
import org.confidant.routing.domain.SkillRequirement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One routing decision of {@link Router} in steady state, for 100 to 100,000 logged-in agents, 200 skills and 500
 * queues.
 *
 * <p>One benchmark operation = one call routed: the call arrives in a random queue ({@code callArrived}) and is
 * offered to an agent or left waiting; the offered agent is then released and made available again
 * ({@code releaseAgent} + {@code agentAvailable}, which picks up a waiting call if one is there for them — that
 * agent is then released and made available again, and so on). Other work the router has to do in steady state
 * happens inside operations too: {@code tick} every 1,000 operations (escalation to step 1 after 30 s; the agents
 * offered calls by it are released and made available again) and {@code callLeft} for every call still waiting
 * {@value #DROP_AFTER_OPS} operations after it arrived (so queues stay bounded). A fake clock advances 1 ms per
 * operation. Counted per operation is therefore one call-side decision plus at least one agent-side decision; the
 * numbers are conservative for "decisions per second".
 *
 * <p>The data are deterministic (fixed-seed {@link SplittableRandom}): each agent has 3–8 skills at proficiency
 * 1–10 and a {@code language} attribute; each queue requires 1–2 skills at a minimum proficiency of 1–6 (step 0,
 * at once) and the same skills at proficiency 1 (step 1, after 30 s), has priority 0–5, and queues cycle through
 * the four strategies. All agents are logged in and available before the first operation.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
public class RoutingBenchmark {

  static final int SKILLS = 200;
  static final int QUEUES = 500;
  static final long SEED = 0x5EED_C0FFEEL;
  static final String[] LANGUAGES = {"en", "es", "fr"};
  static final Duration ESCALATE_AFTER = Duration.ofSeconds(30);
  static final int TICK_EVERY_OPS = 1_000;
  /** A call still waiting after this many operations (= ms of fake time; more than the 30 s escalation) hangs up. */
  static final int DROP_AFTER_OPS = 45_000;
  static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
  private static final long CALL_ID_HIGH = 0xCA11_0000_0000_0000L;

  @Param({"100", "1000", "10000", "100000"})
  int agents;

  Router router;
  UUID[] queueIds;
  UUID[] agentIds;
  /** Drives the per-operation choices (queue, occupancy). */
  SplittableRandom random;
  Instant now;
  long op;

  /** Calls left waiting, oldest first (ring buffer): low bits of the call id = the operation it arrived in. */
  long[] waitingSince = new long[DROP_AFTER_OPS + 2];
  int waitingHead;
  int waitingTail;

  // What happened, reported at the end of the trial (a check that the workload is the intended one).
  long offersOnArrival;
  long waitsOnArrival;
  long pickupsOnAvailable;
  long offersOnTick;
  long otherDecisions;
  long dropped;
  long servedBeforeDrop;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom data = new SplittableRandom(SEED);
    UUID[] skills = new UUID[SKILLS];
    for (int i = 0; i < SKILLS; i++) {
      skills[i] = new UUID(data.nextLong(), data.nextLong());
    }

    router = new Router();
    queueIds = new UUID[QUEUES];
    RoutingStrategy[] strategies = RoutingStrategy.values();
    for (int q = 0; q < QUEUES; q++) {
      queueIds[q] = new UUID(data.nextLong(), data.nextLong());
      Set<Integer> chosen = distinct(data, 1 + data.nextInt(2), SKILLS);
      List<SkillRequirement> required = new ArrayList<>();
      List<SkillRequirement> widened = new ArrayList<>();
      for (int skill : chosen) {
        required.add(SkillRequirement.of(skills[skill], 1 + data.nextInt(6)));
        widened.add(SkillRequirement.of(skills[skill], Proficiency.LOWEST));
      }
      int priority = data.nextInt(6);
      List<EscalationStep> steps = List.of(
          EscalationStep.immediately(new AgentTarget(required, Map.of())),
          new EscalationStep(ESCALATE_AFTER, new AgentTarget(widened, Map.of())));
      router.defineQueue(
          new QueueDefinition(queueIds[q], priority, strategies[q % strategies.length], steps, OverflowRule.NEVER),
          START);
    }

    agentIds = new UUID[agents];
    for (int a = 0; a < agents; a++) {
      agentIds[a] = new UUID(data.nextLong(), data.nextLong());
      Map<UUID, Proficiency> proficiencies = new HashMap<>();
      for (int skill : distinct(data, 3 + data.nextInt(6), SKILLS)) {
        proficiencies.put(skills[skill], new Proficiency(1 + data.nextInt(10)));
      }
      router.logIn(new AgentProfile(agentIds[a], proficiencies,
          Map.of("language", LANGUAGES[data.nextInt(LANGUAGES.length)])));
    }

    random = new SplittableRandom(SEED + 1);
    for (UUID agent : agentIds) {
      Optional<Offer> offer = router.agentAvailable(agent, START, random.nextDouble());
      if (offer.isPresent()) {
        throw new IllegalStateException("no call waits yet, but agentAvailable offered " + offer.get());
      }
    }
    now = START;
    op = 0;
    waitingHead = 0;
    waitingTail = 0;
  }

  private static Set<Integer> distinct(SplittableRandom random, int count, int bound) {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(random.nextInt(bound));
    }
    return chosen;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void decisionThroughput(Blackhole blackhole) {
    routeOneCall(blackhole);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void decisionLatency(Blackhole blackhole) {
    routeOneCall(blackhole);
  }

  private void routeOneCall(Blackhole blackhole) {
    long current = ++op;
    now = now.plusMillis(1);
    int queue = random.nextInt(QUEUES);
    UUID callId = new UUID(CALL_ID_HIGH, current);
    try {
      List<RoutingDecision> decisions = router.callArrived(CallRequest.of(callId, queueIds[queue], now), now);
      blackhole.consume(decisions);
      if (decisions.isEmpty()) {
        waitsOnArrival++;
        waitingSince[waitingTail] = current;
        waitingTail = (waitingTail + 1) % waitingSince.length;
      } else {
        for (RoutingDecision decision : decisions) {
          if (decision instanceof Offer offer) {
            offersOnArrival++;
            makeAvailableAgain(offer.agentId(), blackhole);
          } else {
            otherDecisions++;
          }
        }
      }
      dropLongWaiting(current);
      if (current % TICK_EVERY_OPS == 0) {
        List<RoutingDecision> due = router.tick(now);
        blackhole.consume(due);
        for (RoutingDecision decision : due) {
          if (decision instanceof Offer offer) {
            offersOnTick++;
            makeAvailableAgain(offer.agentId(), blackhole);
          } else {
            otherDecisions++;
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("Router failed in operation " + current + " (call " + callId + " to queue #"
          + queue + " " + queueIds[queue] + ", " + agents + " agents, now " + now + ")", e);
    }
  }

  /** The agent's call is over: release them; if a call waits for them they take it, and so on. */
  private void makeAvailableAgain(UUID agentId, Blackhole blackhole) {
    while (true) {
      router.releaseAgent(agentId);
      Optional<Offer> next = router.agentAvailable(agentId, now, random.nextDouble());
      blackhole.consume(next);
      if (next.isEmpty()) {
        return;
      }
      pickupsOnAvailable++;
    }
  }

  private void dropLongWaiting(long current) {
    while (waitingHead != waitingTail && waitingSince[waitingHead] + DROP_AFTER_OPS <= current) {
      if (router.callLeft(new UUID(CALL_ID_HIGH, waitingSince[waitingHead]))) {
        dropped++;
      } else {
        servedBeforeDrop++;
      }
      waitingHead = (waitingHead + 1) % waitingSince.length;
    }
  }

  @TearDown(Level.Trial)
  public void report() {
    long waitingNow = 0;
    for (UUID queue : queueIds) {
      waitingNow += router.waitingIn(queue);
    }
    long reserved = 0;
    long unavailable = 0;
    for (UUID agent : agentIds) {
      if (router.reservation(agent).isPresent()) {
        reserved++;
      }
      if (!router.isAvailable(agent)) {
        unavailable++;
      }
    }
    System.out.printf(
        "%n[routing-bench] agents=%d ops=%d offersOnArrival=%d (%.1f%%) waitsOnArrival=%d offersOnTick=%d "
            + "pickupsOnAvailable=%d otherDecisions=%d droppedAfter%dops=%d servedBeforeDrop=%d waitingNow=%d "
            + "agentsReserved=%d agentsUnavailable=%d%n",
        agents, op, offersOnArrival, op == 0 ? 0.0 : 100.0 * offersOnArrival / op, waitsOnArrival, offersOnTick,
        pickupsOnAvailable, otherDecisions, DROP_AFTER_OPS, dropped, servedBeforeDrop, waitingNow, reserved,
        unavailable);
    if (reserved != 0 || unavailable != 0) {
      throw new IllegalStateException(
          reserved + " agents still reserved and " + unavailable + " not available after the trial: a leak");
    }
  }
}
