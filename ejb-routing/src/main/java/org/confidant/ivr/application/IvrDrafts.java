package org.confidant.ivr.application;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.confidant.ivr.api.ConfigurationIssue;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.api.IvrNodeSpec;
import org.confidant.ivr.api.MenuOptionSpec;
import org.confidant.ivr.api.PromptSpec;
import org.confidant.ivr.domain.IvrNode;
import org.confidant.ivr.domain.IvrProblem;
import org.confidant.ivr.domain.IvrTree;
import org.confidant.ivr.domain.Prompt;

/**
 * Turns the JSON shape of a tree into the domain's, leaving every judgement to {@link
 * org.confidant.ivr.domain.IvrValidation}: a field the node's kind needs but the JSON lacks becomes a null or zero
 * the validation reports. Fields a node's kind does not use are ignored.
 */
final class IvrDrafts {

  static final int DEFAULT_TIMEOUT_SECONDS = 5;
  static final int DEFAULT_RETRIES = 2;

  private IvrDrafts() {}

  static IvrTree toTree(UUID id, String name, IvrDefinition definition) {
    List<IvrNode> nodes = definition.nodes().stream().map(IvrDrafts::toNode).toList();
    return new IvrTree(id, name, definition.start(), prompt(definition.emergencyPrompt()), nodes);
  }

  static ConfigurationIssue toIssue(IvrProblem problem) {
    return new ConfigurationIssue(problem.kind().name(), problem.nodeId(), problem.message());
  }

  private static IvrNode toNode(IvrNodeSpec node) {
    String id = node.id();
    return switch (node.kind()) {
      case MENU -> new IvrNode.Menu(id, prompt(node.prompt()), options(node.options()), timeout(node),
          retries(node), node.fallback());
      case COLLECT_DIGITS -> new IvrNode.CollectDigits(id, prompt(node.prompt()), or(node.minDigits(), 1),
          or(node.maxDigits(), 0), node.terminator(), node.variable(), timeout(node), retries(node), node.next(),
          node.fallback());
      case MESSAGE -> new IvrNode.Message(id, prompt(node.prompt()), node.next());
      case HOURS_CHECK -> new IvrNode.HoursCheck(id, node.calendarId(), node.open(), node.closed());
      case ROUTE -> new IvrNode.Route(id, node.queueId(), or(node.priorityBoost(), 0), node.requiredSkillId());
      case VOICEMAIL -> new IvrNode.Voicemail(id, prompt(node.prompt()), node.mailbox());
      case HANGUP -> new IvrNode.Hangup(id, prompt(node.prompt()));
    };
  }

  private static List<IvrNode.MenuOption> options(List<MenuOptionSpec> options) {
    return options == null ? List.of()
        : options.stream().map(option -> new IvrNode.MenuOption(option.digit(), option.next())).toList();
  }

  private static Prompt prompt(PromptSpec prompt) {
    return prompt == null ? null : new Prompt(prompt.text(), prompt.recording());
  }

  private static int timeout(IvrNodeSpec node) {
    return or(node.timeoutSeconds(), DEFAULT_TIMEOUT_SECONDS);
  }

  private static int retries(IvrNodeSpec node) {
    return or(node.retries(), DEFAULT_RETRIES);
  }

  private static int or(Integer value, int otherwise) {
    return Objects.requireNonNullElse(value, otherwise);
  }
}
