package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.HoursCheck;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Route;
import org.confidant.ivr.domain.IvrNode.Voicemail;
import org.confidant.ivr.domain.IvrProblem.Kind;
import org.confidant.ivr.domain.IvrStep.What;

class IvrProperties {

  private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");
  private static final UUID QUEUE = UUID.randomUUID();
  private static final IvrContext CONTEXT =
      new IvrContext(MONDAY_NOON, true, Map.of(ClinicFlow.CALENDAR, ClinicFlow.weekdays()));

  @Property(tries = 500)
  void validationIsTotalAndNamesOnlyNodesOfTheTree(
      @ForAll @IntRange(min = 1, max = 12) int size, @ForAll long seed) {
    IvrTree tree = randomTree(size, new Random(seed));
    Set<String> ids = new HashSet<>(tree.nodesById().keySet());

    List<IvrProblem> problems = IvrValidation.problemsOf(tree, KnownTargets.anything());

    assertThat(problems).allSatisfy(problem -> assertThat(problem.nodeId() == null || ids.contains(problem.nodeId()))
        .as(problem.toString()).isTrue());
  }

  @Property(tries = 500)
  void everyCallThroughAnAcceptedTreeEndsWithinTheStepLimitTheSameWayEveryTime(
      @ForAll @IntRange(min = 1, max = 12) int size, @ForAll long seed, @ForAll("entries") List<String> entries) {
    IvrTree tree = randomTree(size, new Random(seed));
    Assume.that(IvrValidation.errorsOf(tree, KnownTargets.anything()).isEmpty());

    IvrResult result = IvrSession.run(tree, CONTEXT, entries);

    assertThat(IvrSession.run(tree, CONTEXT, entries)).isEqualTo(result);
    assertThat(result.path()).hasSizeLessThanOrEqualTo(2 * IvrSession.MAX_STEPS + 1);
    IvrStep last = result.path().get(result.path().size() - 1);
    if (result.outcome() instanceof IvrOutcome.HungUp hungUp && hungUp.stepLimitReached()) {
      assertThat(last.what()).isEqualTo(What.STEP_LIMIT);
    } else {
      assertThat(last.what()).isEqualTo(What.EXITED);
      assertThat(tree.nodesById().get(last.nodeId())).isInstanceOf(IvrNode.Exit.class);
    }
  }

  @Property(tries = 300)
  void aLoopWithoutExitIsFoundWhereverItIsAttached(
      @ForAll @IntRange(min = 1, max = 12) int size, @ForAll long seed) {
    List<IvrNode> nodes = new ArrayList<>(randomTree(size, new Random(seed)).nodes());
    nodes.add(new Message("trap-a", Prompt.text("Still here."), "trap-b"));
    nodes.add(new Message("trap-b", Prompt.text("Still here."), "trap-a"));
    nodes.set(0, new Menu(nodes.get(0).id(), Prompt.text("Press 1."), List.of(new MenuOption("1", "trap-a")), 5, 1,
        "trap-a"));

    List<IvrProblem> problems = IvrValidation.problemsOf(ClinicFlow.tree(nodes), KnownTargets.anything());

    assertThat(problems).filteredOn(problem -> problem.kind() == Kind.LOOP_WITHOUT_EXIT)
        .extracting(IvrProblem::nodeId).contains("trap-a", "trap-b");
  }

  @Provide
  Arbitrary<List<String>> entries() {
    return Arbitraries.of("", "1", "2", "3", "9", "#", "*", "123456#", "12", "x").list().ofMaxSize(15);
  }

  /** A tree of {@code size} nodes n0..n(size-1) of random kinds, mostly wired among themselves, sometimes not. */
  static IvrTree randomTree(int size, Random random) {
    List<IvrNode> nodes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      nodes.add(randomNode("n" + i, size, random));
    }
    return new IvrTree(UUID.randomUUID(), "Random", "n0", Prompt.text("Emergency."), nodes);
  }

  private static IvrNode randomNode(String id, int size, Random random) {
    Prompt prompt = Prompt.text("Prompt of " + id);
    switch (random.nextInt(8)) {
      case 0:
      case 1:
        List<MenuOption> options = new ArrayList<>();
        for (int key = 1; key <= 1 + random.nextInt(3); key++) {
          options.add(new MenuOption(String.valueOf(key), target(size, random)));
        }
        return new Menu(id, prompt, options, 5, random.nextInt(3), target(size, random));
      case 2:
        return new CollectDigits(id, prompt, 6, 8, "#", "number", 10, random.nextInt(2), target(size, random),
            target(size, random));
      case 3:
        return new Message(id, prompt, target(size, random));
      case 4:
        return new HoursCheck(id, ClinicFlow.CALENDAR, target(size, random), target(size, random));
      case 5:
        return new Route(id, QUEUE, random.nextInt(101), null);
      case 6:
        return new Voicemail(id, null, "box");
      default:
        return new Hangup(id, null);
    }
  }

  private static String target(int size, Random random) {
    return random.nextInt(20) == 0 ? "ghost" : "n" + random.nextInt(size);
  }
}
