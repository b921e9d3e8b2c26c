package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.confidant.routing.domain.RoutingDecision.Offer;
import org.confidant.routing.domain.RoutingDecision.Overflow;

/**
 * The router's promises, checked against random worlds (queues with escalation steps and overflow, agents with
 * random skills) driven by random sequences of arrivals, agents becoming available, releases, refused offers,
 * hang-ups and the passing of time.
 */
class RouterInvariantsProperties {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private static final List<UUID> SKILLS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

  @Property(tries = 300)
  void anAgentIsNeverReservedForTwoCallsAndOnlyGetsCallsTheirStepAdmits(
      @ForAll("worlds") World world, @ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation(world);
    script.forEach(simulation::perform);

    assertThat(simulation.violations).isEmpty();
  }

  @Property(tries = 1000)
  void amongCallsOfEqualPriorityTheLongerWaitingOneIsOfferedFirst(
      @ForAll("worlds") World world, @ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation(world.withoutBoosts());
    script.forEach(simulation::perform);

    assertThat(simulation.overtakes).isEmpty();
  }

  @Property(tries = 200)
  void everyCallEndsOfferedOverflowedOrHungUpOnceAgentsKeepComingBack(
      @ForAll("worlds") World world, @ForAll("scripts") List<Action> script) {
    Simulation simulation = new Simulation(world.withCatchAllStep());
    script.forEach(simulation::perform);
    simulation.drain();

    assertThat(simulation.stillWaiting()).isEmpty();
  }

  // ------------------------------------------------------------------------------------- the random world

  record AgentSpec(int[] proficiencies) {}

  record QueueSpec(int priority, RoutingStrategy strategy, List<int[]> stepMinimums, int stepSeconds,
      OptionalInt maxLength, int overflowTo) {}

  record World(List<QueueSpec> queues, List<AgentSpec> agents, boolean boosts, boolean catchAll) {
    World withoutBoosts() {
      return new World(queues, agents, false, catchAll);
    }

    World withCatchAllStep() {
      return new World(queues, agents, boosts, true);
    }
  }

  sealed interface Action {}

  record Arrive(int queue, int boost) implements Action {}

  record BecomeAvailable(int agent) implements Action {}

  record Release(int agent) implements Action {}

  record Refuse(int agent) implements Action {}

  record HangUp(int nthWaiting) implements Action {}

  record Wait(int seconds) implements Action {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<int[]> minimums = Arbitraries.integers().between(0, 10).array(int[].class).ofSize(SKILLS.size());
    Arbitrary<QueueSpec> queue = Combinators.combine(
        Arbitraries.integers().between(0, 3),
        Arbitraries.of(RoutingStrategy.class),
        minimums.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(5, 40),
        Arbitraries.integers().between(0, 4).map(n -> n == 0 ? OptionalInt.empty() : OptionalInt.of(n)),
        Arbitraries.integers().between(-1, 3)).as(QueueSpec::new);
    Arbitrary<AgentSpec> agent = Arbitraries.integers().between(0, 10).array(int[].class).ofSize(SKILLS.size())
        .map(AgentSpec::new);
    return Combinators.combine(queue.list().ofMinSize(1).ofMaxSize(4), agent.list().ofMinSize(1).ofMaxSize(6))
        .as((queues, agents) -> new World(queues, agents, true, false));
  }

  @Provide
  Arbitrary<List<Action>> scripts() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 5);
    Arbitrary<Action> action = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Combinators.combine(index, Arbitraries.integers().between(0, 2)).as(Arrive::new)),
        net.jqwik.api.Tuple.of(3, index.map(BecomeAvailable::new)),
        net.jqwik.api.Tuple.of(3, index.map(Release::new)),
        net.jqwik.api.Tuple.of(1, index.map(Refuse::new)),
        net.jqwik.api.Tuple.of(1, index.map(HangUp::new)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 30).map(Wait::new)));
    return action.list().ofMaxSize(120);
  }

  // ------------------------------------------------------------------------------- driving and checking

  /** Runs a script against the router, keeping its own account of who holds which call, and checks each offer. */
  static final class Simulation {

    private final Router router = new Router();
    private final World world;
    private final List<QueueDefinition> queues = new ArrayList<>();
    private final List<UUID> agents = new ArrayList<>();
    private final Map<UUID, AgentProfile> profiles = new HashMap<>();
    private final Map<UUID, UUID> heldBy = new HashMap<>();
    /** Waiting calls as the model sees them: call → (queue, waiting since, priority, queued since). */
    private final Map<UUID, Waiting> waiting = new HashMap<>();
    final List<String> violations = new ArrayList<>();
    final List<String> overtakes = new ArrayList<>();
    private Instant now = T0;
    private Instant lastTick = T0;

    record Waiting(QueueDefinition queue, Instant since, int priority, Instant queuedSince) {}

    Simulation(World world) {
      this.world = world;
      world.queues().forEach(spec -> queues.add(definition(spec, queues.size())));
      for (int i = queues.size() - 1; i >= 0; i--) {
        queues.set(i, withOverflow(queues.get(i), world.queues().get(i)));
      }
      queues.forEach(queue -> router.defineQueue(queue, now));
      world.agents().forEach(spec -> {
        AgentProfile profile = profile(spec);
        agents.add(profile.id());
        profiles.put(profile.id(), profile);
        router.logIn(profile);
      });
    }

    private QueueDefinition definition(QueueSpec spec, int index) {
      List<EscalationStep> steps = new ArrayList<>();
      for (int step = 0; step < spec.stepMinimums().size(); step++) {
        steps.add(new EscalationStep(Duration.ofSeconds((long) step * spec.stepSeconds()), target(spec, step)));
      }
      if (world.catchAll()) {
        steps.add(new EscalationStep(Duration.ofSeconds((long) steps.size() * spec.stepSeconds()), AgentTarget.ANY_AGENT));
      }
      return new QueueDefinition(UUID.nameUUIDFromBytes(new byte[] {(byte) index}), spec.priority(), spec.strategy(),
          steps, OverflowRule.NEVER);
    }

    private static AgentTarget target(QueueSpec spec, int step) {
      List<SkillRequirement> requirements = new ArrayList<>();
      int[] minimums = spec.stepMinimums().get(step);
      for (int skill = 0; skill < SKILLS.size(); skill++) {
        if (minimums[skill] > 0) {
          requirements.add(SkillRequirement.of(SKILLS.get(skill), minimums[skill]));
        }
      }
      return new AgentTarget(requirements, Map.of());
    }

    private QueueDefinition withOverflow(QueueDefinition queue, QueueSpec spec) {
      if (spec.maxLength().isEmpty() || spec.overflowTo() < 0) {
        return queue;
      }
      OverflowDestination to = spec.overflowTo() < queues.size()
          ? OverflowDestination.queue(queues.get(spec.overflowTo()).id())
          : OverflowDestination.callback();
      return new QueueDefinition(queue.id(), queue.priority(), queue.strategy(), queue.steps(),
          new OverflowRule(Optional.empty(), spec.maxLength(), false, to));
    }

    private static AgentProfile profile(AgentSpec spec) {
      Map<UUID, Proficiency> skills = new HashMap<>();
      for (int skill = 0; skill < SKILLS.size(); skill++) {
        if (spec.proficiencies()[skill] > 0) {
          skills.put(SKILLS.get(skill), new Proficiency(spec.proficiencies()[skill]));
        }
      }
      return new AgentProfile(UUID.randomUUID(), skills, Map.of());
    }

    void perform(Action action) {
      now = now.plusSeconds(1);
      if (action instanceof Arrive arrive) {
        arrive(arrive);
      } else if (action instanceof BecomeAvailable available) {
        UUID agent = agent(available.agent());
        if (!heldBy.containsValue(agent)) {
          router.agentAvailable(agent, now, 0).ifPresent(this::check);
        }
      } else if (action instanceof Release release) {
        release(agent(release.agent()));
      } else if (action instanceof Refuse refuse) {
        refuse(agent(refuse.agent()));
      } else if (action instanceof HangUp hangUp) {
        hangUp(hangUp.nthWaiting());
      } else if (action instanceof Wait pause) {
        now = now.plusSeconds(pause.seconds());
        lastTick = now;
        router.tick(now).forEach(this::check);
      }
    }

    /** Every agent keeps coming back until nothing waits (every queue ends in a step any agent meets). */
    void drain() {
      for (int round = 0; round < 200 && !waiting.isEmpty(); round++) {
        now = now.plusSeconds(60);
        lastTick = now;
        router.tick(now).forEach(this::check);
        for (UUID agent : agents) {
          release(agent);
          router.agentAvailable(agent, now, 0).ifPresent(this::check);
        }
      }
    }

    List<UUID> stillWaiting() {
      return waiting.keySet().stream().filter(router::isWaiting).toList();
    }

    private void arrive(Arrive arrive) {
      QueueDefinition queue = queues.get(arrive.queue() % queues.size());
      int boost = world.boosts() ? arrive.boost() : 0;
      UUID call = UUID.randomUUID();
      waiting.put(call, new Waiting(queue, now, queue.priority() + boost, now));
      router.callArrived(CallRequest.of(call, queue.id(), now).boostedBy(boost), now).forEach(this::check);
    }

    private void release(UUID agent) {
      if (heldBy.values().remove(agent)) {
        router.releaseAgent(agent);
      }
    }

    private void refuse(UUID agent) {
      UUID call = heldBy.entrySet().stream().filter(e -> e.getValue().equals(agent)).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      if (call != null) {
        heldBy.remove(call);
        waiting.put(call, refused.remove(call));
        router.offerRefused(agent, now).forEach(this::check);
      }
    }

    private final Map<UUID, Waiting> refused = new HashMap<>();

    private void hangUp(int nth) {
      List<UUID> calls = new ArrayList<>(waiting.keySet());
      if (!calls.isEmpty()) {
        UUID call = calls.get(nth % calls.size());
        router.callLeft(call);
        waiting.remove(call);
      }
    }

    private void check(RoutingDecision decision) {
      if (decision instanceof Overflow overflow) {
        Waiting was = waiting.remove(overflow.callId());
        if (overflow.destination().kind() == OverflowDestination.Kind.QUEUE && was != null) {
          QueueDefinition target = queues.stream().filter(q -> q.id().equals(overflow.destination().queueId()))
              .findFirst().orElseThrow();
          waiting.put(overflow.callId(), new Waiting(target, was.since(), was.priority() - was.queue().priority()
              + target.priority(), now));
        }
        return;
      }
      Offer offer = (Offer) decision;
      if (heldBy.containsValue(offer.agentId())) {
        violations.add("agent " + offer.agentId() + " offered " + offer.callId() + " while holding another call");
      }
      Waiting call = waiting.remove(offer.callId());
      if (call == null) {
        violations.add("offered " + offer.callId() + ", which was not waiting");
        return;
      }
      if (!call.queue().id().equals(offer.queueId())) {
        violations.add("offered " + offer.callId() + " from the wrong queue");
      }
      int agentStep = stepOf(offer.agentId(), call.queue());
      if (agentStep < 0 || agentStep > levelOf(call)) {
        violations.add("agent at step " + agentStep + " got a call at step " + levelOf(call));
      }
      waiting.forEach((other, waits) -> {
        boolean sameCompetition = waits.queue().equals(call.queue()) && waits.priority() == call.priority();
        if (sameCompetition && waits.since().isBefore(call.since()) && agentStep >= 0 && agentStep <= levelOf(waits)
            && router.isWaiting(other)) {
          overtakes.add(offer.callId() + " overtook " + other);
        }
      });
      heldBy.put(offer.callId(), offer.agentId());
      refused.put(offer.callId(), call);
    }

    private int stepOf(UUID agent, QueueDefinition queue) {
      for (int step = 0; step < queue.steps().size(); step++) {
        if (queue.steps().get(step).target().admits(profiles.get(agent))) {
          return step;
        }
      }
      return -1;
    }

    /** The escalation step the call had reached at the last tick (the router escalates in ticks). */
    private int levelOf(Waiting call) {
      long waited = Duration.between(call.queuedSince(), lastTick).toMillis();
      int level = 0;
      while (level + 1 < call.queue().steps().size()
          && call.queue().steps().get(level + 1).after().toMillis() <= waited) {
        level++;
      }
      return level;
    }

    private UUID agent(int index) {
      return agents.get(index % agents.size());
    }
  }
}
