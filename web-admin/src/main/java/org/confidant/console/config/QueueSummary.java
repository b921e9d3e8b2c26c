package org.confidant.console.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.confidant.routing.api.QueueView;

/** A queue's steps and overflow in a line each, as the queue list shows them. */
final class QueueSummary {

  private QueueSummary() {}

  static String steps(QueueView queue) {
    return queue.steps().stream().map(QueueSummary::step).collect(Collectors.joining("; "));
  }

  private static String step(QueueView.StepView step) {
    List<String> needs = new ArrayList<>();
    step.skills().forEach(skill -> needs.add(skill.skill() + " ≥ " + skill.minProficiency()));
    String who = needs.isEmpty() ? "any agent" : String.join(" + ", needs);
    String where = step.attributes().isEmpty() ? "" : step.attributes().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
    return step.afterSeconds() + " s: " + who + where;
  }

  /**
   * Whether calls ever leave the queue: the API shows a queue without overflow as one without triggers (whose
   * destination, voicemail, is never used).
   */
  static boolean overflows(QueueView.OverflowView overflow) {
    return overflow != null && (overflow.maxWaitSeconds() != null || overflow.maxQueueLength() != null
        || overflow.whenNoAgentLoggedIn());
  }

  /** "never", or the triggers and where calls go: "after 300 s or 10 waiting → Billing". */
  static String overflow(QueueView queue, List<QueueView> all) {
    QueueView.OverflowView overflow = queue.overflow();
    if (!overflows(overflow)) {
      return "never";
    }
    List<String> when = new ArrayList<>();
    if (overflow.maxWaitSeconds() != null) {
      when.add("after " + overflow.maxWaitSeconds() + " s");
    }
    if (overflow.maxQueueLength() != null) {
      when.add(overflow.maxQueueLength() + " waiting");
    }
    if (overflow.whenNoAgentLoggedIn()) {
      when.add("no agent logged in");
    }
    String to = "QUEUE".equals(overflow.destination()) ? all.stream()
        .filter(other -> other.id().equals(overflow.queueId())).map(QueueView::name).findFirst()
        .orElse("another queue") : overflow.destination().toLowerCase(java.util.Locale.ROOT);
    return String.join(" or ", when) + " → " + to;
  }
}
