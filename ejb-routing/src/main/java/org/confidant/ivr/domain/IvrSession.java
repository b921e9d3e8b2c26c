package org.confidant.ivr.domain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Exit;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.HoursCheck;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Route;
import org.confidant.ivr.domain.IvrNode.Voicemail;
import org.confidant.ivr.domain.IvrStep.What;

/**
 * One call's walk through a tree: it runs through messages and hours checks by itself and stops at a menu or a
 * digit collection until the caller's keys arrive ({@link #press}). A connector drives it key by key; the simulator
 * and tests use {@link #run} with a script of keys. The walk is deterministic (the time is the context's) and
 * bounded: after {@link #MAX_STEPS} steps (nodes entered plus entries made) the call is hung up, so a flow whose
 * loops only a caller can leave (a menu whose fallback is itself, say) cannot hold a call forever.
 */
public final class IvrSession {

  public static final int MAX_STEPS = 1000;

  private final Map<String, IvrNode> nodes;
  private final IvrContext context;
  private final List<IvrStep> path = new ArrayList<>();
  private final Map<String, String> variables = new LinkedHashMap<>();
  private IvrNode current;
  private int failedAttempts;
  private int steps;
  private IvrOutcome outcome;

  private IvrSession(IvrTree tree, IvrContext context) {
    this.nodes = tree.nodesById();
    this.context = context;
  }

  /** Starts a call at the start node (after the emergency prompt while the flag is set); the tree must be valid. */
  public static IvrSession start(IvrTree tree, IvrContext context) {
    IvrValidation.requireNoErrors(tree);
    IvrSession session = new IvrSession(tree, context);
    if (context.emergency() && tree.emergency().isPresent()) {
      session.path.add(IvrStep.of(IvrStep.EMERGENCY, What.EMERGENCY_MESSAGE));
    }
    session.moveTo(tree.start());
    return session;
  }

  /** Walks a call to its outcome with the caller's entries in order; once they run out, the caller stays silent. */
  public static IvrResult run(IvrTree tree, IvrContext context, List<String> entries) {
    IvrSession session = start(tree, context);
    Iterator<String> keys = entries.iterator();
    while (!session.isFinished()) {
      session.press(keys.hasNext() ? keys.next() : null);
    }
    return session.result();
  }

  public boolean isFinished() {
    return outcome != null;
  }

  /** The node waiting for keys, while the call is not finished. */
  public Optional<IvrNode> waitingAt() {
    return isFinished() ? Optional.empty() : Optional.of(current);
  }

  /**
   * The caller's entry at the waiting node: at a menu its first key counts, at a digit collection all of it (up to
   * the terminator). Null or empty is a timeout.
   */
  public void press(String keys) {
    if (isFinished()) {
      throw new IllegalStateException("the call has left the IVR");
    }
    if (overStepLimit(current.id())) {
      return;
    }
    String entry = keys == null ? "" : keys;
    if (current instanceof Menu menu) {
      choose(menu, entry);
    } else {
      collect((CollectDigits) current, entry);
    }
  }

  /** The path so far (node ids, what happened, the key chosen at each menu). */
  public List<IvrStep> path() {
    return List.copyOf(path);
  }

  public IvrResult result() {
    if (!isFinished()) {
      throw new IllegalStateException("the call is still in the IVR");
    }
    return new IvrResult(outcome, path, variables);
  }

  private void choose(Menu menu, String entry) {
    if (entry.isEmpty()) {
      failed(menu.id(), What.NO_INPUT, menu.retries(), menu.fallback());
      return;
    }
    String key = entry.substring(0, 1);
    Optional<MenuOption> option = menu.options().stream().filter(o -> o.digit().equals(key)).findFirst();
    if (option.isPresent()) {
      path.add(new IvrStep(menu.id(), What.CHOSE, key));
      moveTo(option.get().next());
    } else {
      failed(menu.id(), What.INVALID_INPUT, menu.retries(), menu.fallback());
    }
  }

  private void collect(CollectDigits collect, String entry) {
    String digits = beforeTerminator(entry, collect.terminator());
    if (digits.isEmpty()) {
      failed(collect.id(), What.NO_INPUT, collect.retries(), collect.fallback());
    } else if (!digits.chars().allMatch(key -> key >= '0' && key <= '9')
        || digits.length() < collect.minDigits() || digits.length() > collect.maxDigits()) {
      failed(collect.id(), What.INVALID_INPUT, collect.retries(), collect.fallback());
    } else {
      variables.put(collect.variable(), digits);
      path.add(new IvrStep(collect.id(), What.COLLECTED, collect.variable()));
      moveTo(collect.next());
    }
  }

  private static String beforeTerminator(String entry, String terminator) {
    int end = terminator == null ? -1 : entry.indexOf(terminator);
    return end < 0 ? entry : entry.substring(0, end);
  }

  /** A timeout or a wrong entry: the node prompts again, until its retries are used up and the fallback takes over. */
  private void failed(String nodeId, What what, int retries, String fallback) {
    path.add(IvrStep.of(nodeId, what));
    failedAttempts++;
    if (failedAttempts > retries) {
      path.add(IvrStep.of(nodeId, What.RETRIES_EXHAUSTED));
      moveTo(fallback);
    }
  }

  /** Enters a node and runs on through the nodes that need no keys, until one waits for keys or ends the call. */
  private void moveTo(String nodeId) {
    String next = nodeId;
    while (next != null) {
      if (overStepLimit(next)) {
        return;
      }
      current = nodes.get(next);
      failedAttempts = 0;
      next = pass(current);
    }
  }

  private boolean overStepLimit(String nodeId) {
    if (++steps <= MAX_STEPS) {
      return false;
    }
    path.add(IvrStep.of(nodeId, What.STEP_LIMIT));
    outcome = new IvrOutcome.HungUp(true);
    return true;
  }

  /** Handles a node that needs no keys and answers the node after it; null when the node waits or ends the call. */
  private String pass(IvrNode node) {
    if (node instanceof Message message) {
      path.add(IvrStep.of(message.id(), What.PLAYED));
      return message.next();
    }
    if (node instanceof HoursCheck check) {
      boolean open = context.isOpen(check.calendarId());
      path.add(IvrStep.of(check.id(), open ? What.OPEN : What.CLOSED));
      return open ? check.open() : check.closed();
    }
    if (node instanceof Exit exit) {
      path.add(IvrStep.of(exit.id(), What.EXITED));
      outcome = outcomeOf(exit);
    }
    return null;
  }

  private static IvrOutcome outcomeOf(Exit exit) {
    if (exit instanceof Route route) {
      return new IvrOutcome.Queued(route.queueId(), route.priorityBoost(), route.requiredSkillId());
    }
    if (exit instanceof Voicemail voicemail) {
      return new IvrOutcome.ToVoicemail(voicemail.mailbox());
    }
    if (exit instanceof Hangup) {
      return new IvrOutcome.HungUp(false);
    }
    throw new IllegalStateException("unknown exit " + exit.getClass().getSimpleName());
  }
}
