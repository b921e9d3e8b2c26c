package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.HoursCheck;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Route;
import org.confidant.ivr.domain.IvrNode.Voicemail;
import org.confidant.ivr.domain.IvrProblem.Kind;
import org.junit.jupiter.api.Test;

class IvrValidationTest {

  private static final Prompt HELLO = Prompt.text("Hello.");

  @Test
  void theClinicFlowHasNoProblems() {
    assertThat(IvrValidation.problemsOf(ClinicFlow.tree(), KnownTargets.anything())).isEmpty();
  }

  @Test
  void aDanglingBranchAndALoopWithoutExitAreBothReportedWithTheirNodes() {
    List<IvrNode> nodes = ClinicFlow.nodes();
    nodes.add(new Message("loop-a", HELLO, "loop-b"));
    nodes.add(new Message("loop-b", HELLO, "loop-a"));
    nodes.set(6, new Message("operator", HELLO, "reception")); // no such node
    nodes.set(1, new Menu("main", HELLO, List.of(new MenuOption("1", "patient"), new MenuOption("2", "loop-a")), 5,
        2, "operator"));

    List<IvrProblem> problems = problems(nodes);

    assertThat(problems).extracting(IvrProblem::kind, IvrProblem::nodeId).containsExactlyInAnyOrder(
        tuple(Kind.DANGLING_BRANCH, "operator"),
        tuple(Kind.LOOP_WITHOUT_EXIT, "loop-a"),
        tuple(Kind.LOOP_WITHOUT_EXIT, "loop-b"),
        tuple(Kind.UNREACHABLE_NODE, "nurse"),
        tuple(Kind.UNREACHABLE_NODE, "spanish"),
        tuple(Kind.UNREACHABLE_NODE, "goodbye"));
    assertThat(message(problems, Kind.DANGLING_BRANCH))
        .isEqualTo("the next branch of node 'operator' leads to 'reception', which is not a node of this tree");
    assertThat(message(problems, Kind.LOOP_WITHOUT_EXIT)).contains("'loop-a' is in a loop without exit");
  }

  @Test
  void aNodeThatOnlyLeadsIntoALoopWithoutExitIsReportedAsSuch() {
    List<IvrNode> nodes = List.of(
        new Message("start", HELLO, "a"), new Message("a", HELLO, "b"), new Message("b", HELLO, "a"));

    assertThat(problems(nodes)).extracting(IvrProblem::nodeId, IvrProblem::message).containsExactly(
        tuple("start", "node 'start' leads only into a loop without exit: no route, voicemail or hang-up can be"
            + " reached from it"),
        tuple("a", "node 'a' is in a loop without exit: no route, voicemail or hang-up can be reached from it"),
        tuple("b", "node 'b' is in a loop without exit: no route, voicemail or hang-up can be reached from it"));
  }

  @Test
  void aMenuThatRepromptsItselfIsFineWhileOneOptionLeavesTheLoop() {
    List<IvrNode> nodes = List.of(
        new Menu("start", HELLO, List.of(new MenuOption("9", "start"), new MenuOption("0", "bye")), 5, 1, "start"),
        new Hangup("bye", null));

    assertThat(problems(nodes)).isEmpty();
  }

  @Test
  void anUnreachableNodeIsAWarningNotAnError() {
    List<IvrNode> nodes = ClinicFlow.nodes();
    nodes.add(new Hangup("spare", null));

    IvrTree tree = ClinicFlow.tree(nodes);

    assertThat(IvrValidation.problemsOf(tree, KnownTargets.anything())).singleElement()
        .satisfies(problem -> {
          assertThat(problem.kind()).isEqualTo(Kind.UNREACHABLE_NODE);
          assertThat(problem.isError()).isFalse();
          assertThat(problem.message()).isEqualTo("node 'spare' cannot be reached from the start node 'hours'");
        });
    assertThat(IvrValidation.errorsOf(tree, KnownTargets.anything())).isEmpty();
  }

  @Test
  void anUnknownStartIsReported() {
    IvrTree tree = new IvrTree(UUID.randomUUID(), "Flow", "welcome", null, List.of(new Hangup("bye", null)));

    assertThat(IvrValidation.problemsOf(tree, KnownTargets.anything()))
        .extracting(IvrProblem::kind, IvrProblem::nodeId)
        .containsExactly(tuple(Kind.UNKNOWN_START, "welcome"));
  }

  @Test
  void aTreeWithoutNodesOrNameIsReported() {
    IvrTree tree = new IvrTree(UUID.randomUUID(), " ", "start", null, List.of());

    assertThat(IvrValidation.problemsOf(tree, KnownTargets.anything())).extracting(IvrProblem::kind)
        .containsExactly(Kind.INVALID_NAME, Kind.NO_NODES);
  }

  @Test
  void menuKeysMustBeSingleValidAndUnique() {
    List<IvrNode> nodes = List.of(
        new Menu("start", HELLO, List.of(new MenuOption("1", "bye"), new MenuOption("1", "bye"),
            new MenuOption("12", "bye"), new MenuOption("A", "bye"), new MenuOption("#", "bye")), 5, 1, "bye"),
        new Hangup("bye", null));

    assertThat(problems(nodes)).extracting(IvrProblem::kind, IvrProblem::message).containsExactly(
        tuple(Kind.DUPLICATE_DIGIT, "menu 'start': key 1 has more than one option"),
        tuple(Kind.INVALID_DIGIT, "menu 'start': option key '12' is not one key of 0-9, * or #"),
        tuple(Kind.INVALID_DIGIT, "menu 'start': option key 'A' is not one key of 0-9, * or #"));
  }

  @Test
  void missingBranchesAreReportedByName() {
    List<IvrNode> nodes = List.of(
        new Menu("start", HELLO, List.of(new MenuOption("1", "bye")), 5, 1, null),
        new HoursCheck("hours", UUID.randomUUID(), "bye", " "),
        new Hangup("bye", null));

    assertThat(problems(nodes)).extracting(IvrProblem::kind, IvrProblem::message).contains(
        tuple(Kind.MISSING_BRANCH, "node 'start' has no fallback node"),
        tuple(Kind.MISSING_BRANCH, "node 'hours' has no closed node"));
  }

  @Test
  void nodeIdsMustBeWellFormedAndUnique() {
    List<IvrNode> nodes = List.of(
        new Message("start", HELLO, "bye"), new Hangup("bye", null), new Hangup("bye", null),
        new Hangup("no spaces", null));

    assertThat(problems(nodes)).extracting(IvrProblem::kind, IvrProblem::nodeId).contains(
        tuple(Kind.DUPLICATE_NODE_ID, "bye"), tuple(Kind.INVALID_NODE_ID, "no spaces"));
  }

  @Test
  void settingsOutOfRangeAreEachReported() {
    List<IvrNode> nodes = List.of(
        new Menu("start", new Prompt("both", "a-recording"), List.of(new MenuOption("1", "collect")), 0, 10,
            "collect"),
        new CollectDigits("collect", null, 5, 4, "5", "9lives", 61, -1, "route", "route"),
        new Route("route", UUID.randomUUID(), 101, null),
        new Voicemail("unused", Prompt.text(""), " "));

    assertThat(problems(nodes)).extracting(IvrProblem::message).containsExactly(
        "node 'start' needs a prompt: either a text or a recording",
        "node 'start': timeoutSeconds must be 1-60, not 0",
        "node 'start': retries must be 0-9, not 10",
        "node 'collect' needs a prompt: either a text or a recording",
        "node 'collect': maxDigits must be 5-32, not 4",
        "node 'collect': the terminator must be # or *",
        "node 'collect': the variable must be a letter followed by up to 31 letters, digits or _",
        "node 'collect': timeoutSeconds must be 1-60, not 61",
        "node 'collect': retries must be 0-9, not -1",
        "node 'route': priorityBoost must be 0-100, not 101",
        "node 'unused' needs a prompt: either a text or a recording",
        "voicemail 'unused' needs a mailbox (1-64 characters)",
        "node 'unused' cannot be reached from the start node 'start'");
  }

  @Test
  void queuesSkillsAndCalendarsMustExist() {
    KnownTargets known = KnownTargets.of(Set.of(ClinicFlow.NURSE_LINE), Set.of(), Set.of());

    List<IvrProblem> problems = IvrValidation.problemsOf(ClinicFlow.tree(), known);

    assertThat(problems).extracting(IvrProblem::kind, IvrProblem::nodeId).containsExactly(
        tuple(Kind.UNKNOWN_CALENDAR, "hours"),
        tuple(Kind.UNKNOWN_QUEUE, "appointments"),
        tuple(Kind.UNKNOWN_QUEUE, "spanish"),
        tuple(Kind.UNKNOWN_SKILL, "spanish"));
  }

  @Test
  void anEmergencyPromptMustBePlayable() {
    IvrTree tree = new IvrTree(UUID.randomUUID(), "Flow", "bye", new Prompt(null, null),
        List.of(new Hangup("bye", null)));

    assertThat(IvrValidation.problemsOf(tree, KnownTargets.anything())).extracting(IvrProblem::message)
        .containsExactly("the emergency prompt needs either a text or a recording");
  }

  private static List<IvrProblem> problems(List<IvrNode> nodes) {
    return IvrValidation.problemsOf(new IvrTree(UUID.randomUUID(), "Flow", nodes.get(0).id(), null, nodes),
        KnownTargets.anything());
  }

  private static String message(List<IvrProblem> problems, Kind kind) {
    return problems.stream().filter(problem -> problem.kind() == kind).findFirst().orElseThrow().message();
  }
}
