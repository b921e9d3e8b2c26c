package org.confidant.ivr.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confidant.ivr.domain.IvrNode.Branch;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Exit;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.HoursCheck;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Route;
import org.confidant.ivr.domain.IvrNode.Voicemail;
import org.confidant.ivr.domain.IvrProblem.Kind;

/**
 * Checks a tree before it is saved and reports every problem at once (an admin fixing a flow wants the whole
 * list, not one error per save): unknown start, missing or dangling branches, loops without exit, unreachable
 * nodes (a warning), bad or duplicate menu keys, settings out of range, and queues, skills or calendars that do not
 * exist.
 */
public final class IvrValidation {

  public static final int MAX_NODES = 500;
  public static final int MAX_NAME = 64;
  public static final int MAX_DIGITS = 32;
  public static final int MAX_TIMEOUT_SECONDS = 60;
  public static final int MAX_RETRIES = 9;
  public static final int MAX_PRIORITY_BOOST = 100;
  public static final String KEYS = "0123456789*#";
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

  private final IvrTree tree;
  private final KnownTargets known;
  private final Map<String, IvrNode> byId;
  private final List<IvrProblem> problems = new ArrayList<>();

  private IvrValidation(IvrTree tree, KnownTargets known) {
    this.tree = tree;
    this.known = known;
    this.byId = tree.nodesById();
  }

  /** Every problem of the tree, errors and warnings, in the order of the tree's nodes. */
  public static List<IvrProblem> problemsOf(IvrTree tree, KnownTargets known) {
    IvrValidation validation = new IvrValidation(tree, known);
    validation.checkTree();
    tree.nodes().forEach(validation::checkNode);
    tree.nodes().forEach(validation::checkBranches);
    validation.checkReachability();
    validation.checkExits();
    return List.copyOf(validation.problems);
  }

  public static List<IvrProblem> errorsOf(IvrTree tree, KnownTargets known) {
    return problemsOf(tree, known).stream().filter(IvrProblem::isError).toList();
  }

  /** For the navigator: only a tree without errors may take calls. */
  public static void requireNoErrors(IvrTree tree) {
    List<IvrProblem> errors = errorsOf(tree, KnownTargets.anything());
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the IVR tree has errors: "
          + errors.stream().map(IvrProblem::message).collect(Collectors.joining("; ")));
    }
  }

  private void checkTree() {
    if (tree.name() == null || tree.name().isBlank() || tree.name().length() > MAX_NAME) {
      report(Kind.INVALID_NAME, null, "the tree needs a name of 1-" + MAX_NAME + " characters");
    }
    if (tree.nodes().isEmpty()) {
      report(Kind.NO_NODES, null, "the tree has no nodes");
    } else if (tree.nodes().size() > MAX_NODES) {
      report(Kind.INVALID_SETTING, null, "the tree has more than " + MAX_NODES + " nodes");
    }
    tree.emergency().filter(prompt -> !prompt.isPlayable()).ifPresent(prompt -> report(Kind.INVALID_SETTING, null,
        "the emergency prompt needs either a text or a recording"));
    if (!tree.nodes().isEmpty() && !byId.containsKey(tree.start())) {
      report(Kind.UNKNOWN_START, tree.start(), "the start node '" + tree.start() + "' is not a node of this tree");
    }
  }

  private void checkNode(IvrNode node) {
    checkId(node);
    // Java 17 has no pattern switch: one branch per kind of node.
    if (node instanceof Menu menu) {
      checkMenu(menu);
    } else if (node instanceof CollectDigits collect) {
      checkCollect(collect);
    } else if (node instanceof Message message) {
      requirePrompt(message.id(), message.prompt());
    } else if (node instanceof HoursCheck check) {
      checkHours(check);
    } else if (node instanceof Route route) {
      checkRoute(route);
    } else if (node instanceof Voicemail voicemail) {
      checkVoicemail(voicemail);
    } else if (node instanceof Hangup hangup) {
      optionalPrompt(hangup.id(), hangup.prompt());
    }
  }

  private void checkId(IvrNode node) {
    if (node.id() == null || !NODE_ID.matcher(node.id()).matches()) {
      report(Kind.INVALID_NODE_ID, node.id(),
          "node id '" + node.id() + "' must be 1-64 letters, digits, '-' or '_'");
    } else if (byId.get(node.id()) != node) {
      report(Kind.DUPLICATE_NODE_ID, node.id(), "more than one node has the id '" + node.id() + "'");
    }
  }

  private void checkMenu(Menu menu) {
    requirePrompt(menu.id(), menu.prompt());
    if (menu.options().isEmpty()) {
      report(Kind.INVALID_SETTING, menu.id(), "menu '" + menu.id() + "' has no options");
    }
    Set<String> seen = new HashSet<>();
    for (MenuOption option : menu.options()) {
      String digit = option.digit();
      if (digit == null || digit.length() != 1 || KEYS.indexOf(digit.charAt(0)) < 0) {
        report(Kind.INVALID_DIGIT, menu.id(),
            "menu '" + menu.id() + "': option key '" + digit + "' is not one key of 0-9, * or #");
      } else if (!seen.add(digit)) {
        report(Kind.DUPLICATE_DIGIT, menu.id(), "menu '" + menu.id() + "': key " + digit + " has more than one option");
      }
    }
    checkWaiting(menu.id(), menu.timeoutSeconds(), menu.retries());
  }

  private void checkCollect(CollectDigits collect) {
    String id = collect.id();
    requirePrompt(id, collect.prompt());
    inRange(id, "minDigits", collect.minDigits(), 1, MAX_DIGITS);
    inRange(id, "maxDigits", collect.maxDigits(), Math.max(1, collect.minDigits()), MAX_DIGITS);
    if (collect.terminator() != null && !"#".equals(collect.terminator()) && !"*".equals(collect.terminator())) {
      report(Kind.INVALID_DIGIT, id, "node '" + id + "': the terminator must be # or *");
    }
    if (collect.variable() == null || !VARIABLE.matcher(collect.variable()).matches()) {
      report(Kind.INVALID_SETTING, id,
          "node '" + id + "': the variable must be a letter followed by up to 31 letters, digits or _");
    }
    checkWaiting(id, collect.timeoutSeconds(), collect.retries());
  }

  private void checkHours(HoursCheck check) {
    if (check.calendarId() == null) {
      report(Kind.INVALID_SETTING, check.id(), "hours check '" + check.id() + "' names no calendar");
    } else if (!known.hasCalendar(check.calendarId())) {
      report(Kind.UNKNOWN_CALENDAR, check.id(),
          "hours check '" + check.id() + "' names calendar " + check.calendarId() + ", which does not exist");
    }
  }

  private void checkRoute(Route route) {
    if (route.queueId() == null) {
      report(Kind.INVALID_SETTING, route.id(), "route '" + route.id() + "' names no queue");
    } else if (!known.hasQueue(route.queueId())) {
      report(Kind.UNKNOWN_QUEUE, route.id(),
          "route '" + route.id() + "' names queue " + route.queueId() + ", which does not exist");
    }
    inRange(route.id(), "priorityBoost", route.priorityBoost(), 0, MAX_PRIORITY_BOOST);
    if (route.requiredSkillId() != null && !known.hasSkill(route.requiredSkillId())) {
      report(Kind.UNKNOWN_SKILL, route.id(),
          "route '" + route.id() + "' requires skill " + route.requiredSkillId() + ", which does not exist");
    }
  }

  private void checkVoicemail(Voicemail voicemail) {
    optionalPrompt(voicemail.id(), voicemail.prompt());
    if (voicemail.mailbox() == null || voicemail.mailbox().isBlank() || voicemail.mailbox().length() > 64) {
      report(Kind.INVALID_SETTING, voicemail.id(),
          "voicemail '" + voicemail.id() + "' needs a mailbox (1-64 characters)");
    }
  }

  private void checkWaiting(String id, int timeoutSeconds, int retries) {
    inRange(id, "timeoutSeconds", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS);
    inRange(id, "retries", retries, 0, MAX_RETRIES);
  }

  private void requirePrompt(String id, Prompt prompt) {
    if (prompt == null || !prompt.isPlayable()) {
      report(Kind.INVALID_SETTING, id, "node '" + id + "' needs a prompt: either a text or a recording");
    }
  }

  private void optionalPrompt(String id, Prompt prompt) {
    if (prompt != null) {
      requirePrompt(id, prompt);
    }
  }

  private void inRange(String id, String setting, int value, int min, int max) {
    if (value < min || value > max) {
      report(Kind.INVALID_SETTING, id,
          "node '" + id + "': " + setting + " must be " + min + "-" + max + ", not " + value);
    }
  }

  private void checkBranches(IvrNode node) {
    for (Branch branch : node.branches()) {
      if (branch.target() == null || branch.target().isBlank()) {
        report(Kind.MISSING_BRANCH, node.id(), "node '" + node.id() + "' has no " + branch.name() + " node");
      } else if (!byId.containsKey(branch.target())) {
        report(Kind.DANGLING_BRANCH, node.id(), "the " + branch.name() + " branch of node '" + node.id()
            + "' leads to '" + branch.target() + "', which is not a node of this tree");
      }
    }
  }

  private void checkReachability() {
    if (!byId.containsKey(tree.start())) {
      return; // reported as an unknown start; everything would be unreachable
    }
    Set<String> reached = reachableFrom(tree.start());
    byId.keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> report(Kind.UNREACHABLE_NODE, id,
        "node '" + id + "' cannot be reached from the start node '" + tree.start() + "'"));
  }

  /**
   * A node has an exit when a route, voicemail or hang-up can be reached from it. A node with a missing or dangling
   * branch counts as having one: that branch is reported already, and one problem is enough.
   */
  private void checkExits() {
    Map<String, List<String>> predecessors = new HashMap<>();
    Deque<String> exits = new ArrayDeque<>();
    byId.values().forEach(node -> {
      boolean brokenBranch = false;
      for (Branch branch : node.branches()) {
        if (byId.containsKey(branch.target())) {
          predecessors.computeIfAbsent(branch.target(), target -> new ArrayList<>()).add(node.id());
        } else {
          brokenBranch = true;
        }
      }
      if (node instanceof Exit || brokenBranch) {
        exits.add(node.id());
      }
    });
    Set<String> withExit = closure(exits, id -> predecessors.getOrDefault(id, List.of()));
    byId.keySet().stream().filter(id -> !withExit.contains(id)).forEach(this::reportNoExit);
  }

  private void reportNoExit(String id) {
    String where = reachableFrom(id, false).contains(id)
        ? "is in a loop without exit"
        : "leads only into a loop without exit";
    report(Kind.LOOP_WITHOUT_EXIT, id,
        "node '" + id + "' " + where + ": no route, voicemail or hang-up can be reached from it");
  }

  private Set<String> reachableFrom(String start) {
    return reachableFrom(start, true);
  }

  /** The nodes reachable from {@code start}, including it only when asked or when a path leads back to it. */
  private Set<String> reachableFrom(String start, boolean includeStart) {
    Deque<String> first = new ArrayDeque<>();
    if (includeStart) {
      first.add(start);
    } else {
      successors(start).forEach(first::add);
    }
    return closure(first, this::successors);
  }

  private List<String> successors(String id) {
    return byId.get(id).branches().stream().map(Branch::target).filter(byId::containsKey).toList();
  }

  private static Set<String> closure(Deque<String> pending, java.util.function.Function<String, List<String>> next) {
    Set<String> seen = new HashSet<>(pending);
    while (!pending.isEmpty()) {
      for (String following : next.apply(pending.poll())) {
        if (seen.add(following)) {
          pending.add(following);
        }
      }
    }
    return seen;
  }

  private void report(Kind kind, String nodeId, String message) {
    problems.add(new IvrProblem(kind, nodeId, message));
  }
}
