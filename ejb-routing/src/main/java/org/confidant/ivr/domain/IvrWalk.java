package org.confidant.ivr.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Voicemail;
import org.confidant.ivr.domain.IvrStep.What;

/**
 * A call's walk through a tree as the server keeps it: rebuilt by replaying the caller's stored entries (the walk is
 * deterministic for a context), advanced by the next entry, and asked what the telephony must do now — the
 * prompts to play since the caller last pressed keys, and the node waiting for keys or the outcome.
 *
 * <p>Entries are kept as they may be stored: at a digit collection every digit becomes {@code 0}, which the walk
 * treats exactly as the real digits (only their count and the terminator matter) while no patient or account
 * number is kept.
 */
public final class IvrWalk {

  private final IvrTree tree;
  private final Map<String, IvrNode> nodes;
  private final IvrSession session;
  private final List<String> entries = new ArrayList<>();
  private int sinceLastEntry;

  private IvrWalk(IvrTree tree, IvrContext context) {
    this.tree = tree;
    this.nodes = tree.nodesById();
    this.session = IvrSession.start(tree, context);
  }

  /** The walk after the stored entries, in order (the tree must be valid). */
  public static IvrWalk replay(IvrTree tree, IvrContext context, List<String> storedEntries) {
    IvrWalk walk = new IvrWalk(tree, context);
    storedEntries.forEach(walk::enter);
    return walk;
  }

  /** The caller's keys at the waiting node; null or empty is a timeout. Ignored once the call left the IVR. */
  public void enter(String keys) {
    Optional<IvrNode> waiting = session.waitingAt();
    if (waiting.isEmpty()) {
      return;
    }
    String entry = storable(waiting.get(), keys == null ? "" : keys);
    sinceLastEntry = session.path().size();
    entries.add(entry);
    session.press(entry);
  }

  public List<String> entries() {
    return List.copyOf(entries);
  }

  public Optional<IvrNode> waitingAt() {
    return session.waitingAt();
  }

  public Optional<IvrOutcome> outcome() {
    return session.isFinished() ? Optional.of(session.result().outcome()) : Optional.empty();
  }

  public List<IvrStep> path() {
    return session.path();
  }

  /**
   * What the caller hears next, in order: the emergency prompt and messages passed since the last entry, then the
   * prompt of the waiting node or of the exit (voicemail, hang-up).
   */
  public List<Prompt> prompts() {
    List<IvrStep> path = session.path();
    List<Prompt> prompts = new ArrayList<>();
    for (IvrStep step : path.subList(sinceLastEntry, path.size())) {
      promptOf(step).ifPresent(prompts::add);
    }
    session.waitingAt().map(IvrWalk::promptOfWaiting).ifPresent(prompts::add);
    return prompts;
  }

  private Optional<Prompt> promptOf(IvrStep step) {
    if (step.what() == What.EMERGENCY_MESSAGE) {
      return tree.emergency();
    }
    IvrNode node = nodes.get(step.nodeId());
    if (step.what() == What.PLAYED && node instanceof Message message) {
      return Optional.ofNullable(message.prompt());
    }
    if (step.what() == What.EXITED && node instanceof Voicemail voicemail) {
      return Optional.ofNullable(voicemail.prompt());
    }
    if (step.what() == What.EXITED && node instanceof Hangup hangup) {
      return Optional.ofNullable(hangup.prompt());
    }
    return Optional.empty();
  }

  private static Prompt promptOfWaiting(IvrNode node) {
    return node instanceof IvrNode.Menu menu ? menu.prompt() : ((CollectDigits) node).prompt();
  }

  /** At a digit collection the digits are replaced by zeros: same count, same terminator, no number kept. */
  static String storable(IvrNode waiting, String keys) {
    return waiting instanceof CollectDigits ? keys.replaceAll("[0-9]", "0") : keys;
  }
}
