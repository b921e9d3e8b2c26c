package org.confidant.console.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.api.IvrNodeSpec;
import org.confidant.ivr.api.MenuOptionSpec;

/**
 * An IVR tree as an indented outline, from the start node along every branch: a node the outline already showed is
 * named again rather than repeated, a branch back to a node on the way to it is marked as a loop, and nodes no
 * branch reaches come last.
 */
public final class IvrOutline {

  /** One line: its depth, the branch that leads here ("1", "open", "fallback"...) and what is there. */
  public record Line(int depth, String branch, String text) {}

  private final Map<String, IvrNodeSpec> nodes = new LinkedHashMap<>();
  private final Set<String> shown = new HashSet<>();
  private final List<String> path = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  private IvrOutline(IvrDefinition definition) {
    definition.nodes().forEach(node -> nodes.put(node.id(), node));
  }

  public static List<Line> of(IvrDefinition definition) {
    IvrOutline outline = new IvrOutline(definition);
    outline.visit(definition.start(), "start", 0);
    outline.nodes.keySet().stream().filter(id -> !outline.shown.contains(id))
        .forEach(id -> outline.visit(id, "unreachable", 0));
    return List.copyOf(outline.lines);
  }

  private void visit(String id, String branch, int depth) {
    IvrNodeSpec node = nodes.get(id);
    if (node == null) {
      lines.add(new Line(depth, branch, id + " (no such node)"));
    } else if (path.contains(id)) {
      lines.add(new Line(depth, branch, "back to " + id + " (loop)"));
    } else if (shown.contains(id)) {
      lines.add(new Line(depth, branch, id + " (shown above)"));
    } else {
      shown.add(id);
      lines.add(new Line(depth, branch, id + ": " + node.kind() + describe(node)));
      path.add(id);
      branches(node).forEach((to, next) -> visit(next, to, depth + 1));
      path.remove(path.size() - 1);
    }
  }

  /** Where the node's branches lead, keyed by the branch's name, in the order a caller meets them. */
  private static Map<String, String> branches(IvrNodeSpec node) {
    Map<String, String> branches = new LinkedHashMap<>();
    if (node.options() != null) {
      for (MenuOptionSpec option : node.options()) {
        branches.put("key " + option.digit(), option.next());
      }
    }
    putIfPresent(branches, "next", node.next());
    putIfPresent(branches, "open", node.open());
    putIfPresent(branches, "closed", node.closed());
    putIfPresent(branches, "fallback", node.fallback());
    return branches;
  }

  private static void putIfPresent(Map<String, String> branches, String name, String target) {
    if (target != null) {
      branches.put(name, target);
    }
  }

  /** The node's own settings worth seeing in the outline: what it says, where it routes. */
  private static String describe(IvrNodeSpec node) {
    List<String> parts = new ArrayList<>();
    if (node.prompt() != null) {
      parts.add(node.prompt().text() != null ? "\"" + node.prompt().text() + "\""
          : "recording " + node.prompt().recording());
    }
    if (node.queueId() != null) {
      parts.add("queue " + node.queueId());
    }
    if (node.requiredSkillId() != null) {
      parts.add("skill " + node.requiredSkillId());
    }
    if (node.calendarId() != null) {
      parts.add("calendar " + node.calendarId());
    }
    if (node.mailbox() != null) {
      parts.add("mailbox " + node.mailbox());
    }
    return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
  }
}
