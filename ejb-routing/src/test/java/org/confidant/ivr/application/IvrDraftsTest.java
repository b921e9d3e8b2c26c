package org.confidant.ivr.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.api.IvrNodeSpec;
import org.confidant.ivr.api.MenuOptionSpec;
import org.confidant.ivr.api.NodeKind;
import org.confidant.ivr.api.PromptSpec;
import org.confidant.ivr.domain.IvrNode;
import org.confidant.ivr.domain.IvrTree;
import org.confidant.ivr.domain.IvrValidation;
import org.confidant.ivr.domain.KnownTargets;
import org.confidant.ivr.domain.Prompt;
import org.junit.jupiter.api.Test;

class IvrDraftsTest {

  private static final UUID QUEUE = UUID.randomUUID();
  private static final UUID SKILL = UUID.randomUUID();
  private static final UUID CALENDAR = UUID.randomUUID();
  private static final PromptSpec HELLO = new PromptSpec("Hello.", null);

  @Test
  void everyKindOfNodeKeepsTheFieldsItUses() {
    IvrTree tree = IvrDrafts.toTree(UUID.randomUUID(), "Line", definition(
        node("hours", NodeKind.HOURS_CHECK).calendar(CALENDAR).open("menu").closed("mailbox").build(),
        node("menu", NodeKind.MENU).prompt(HELLO).options(new MenuOptionSpec("1", "number")).fallback("bye").build(),
        node("number", NodeKind.COLLECT_DIGITS).prompt(new PromptSpec(null, "enter-number")).digits(4, 6)
            .terminator("#").variable("account").next("hello").fallback("bye").build(),
        node("hello", NodeKind.MESSAGE).prompt(HELLO).next("queue").build(),
        node("queue", NodeKind.ROUTE).queue(QUEUE).boost(30).skill(SKILL).build(),
        node("mailbox", NodeKind.VOICEMAIL).mailbox("front-desk").build(),
        node("bye", NodeKind.HANGUP).build()));

    assertThat(tree.nodes()).containsExactly(
        new IvrNode.HoursCheck("hours", CALENDAR, "menu", "mailbox"),
        new IvrNode.Menu("menu", Prompt.text("Hello."), List.of(new IvrNode.MenuOption("1", "number")),
            IvrDrafts.DEFAULT_TIMEOUT_SECONDS, IvrDrafts.DEFAULT_RETRIES, "bye"),
        new IvrNode.CollectDigits("number", Prompt.recording("enter-number"), 4, 6, "#", "account",
            IvrDrafts.DEFAULT_TIMEOUT_SECONDS, IvrDrafts.DEFAULT_RETRIES, "hello", "bye"),
        new IvrNode.Message("hello", Prompt.text("Hello."), "queue"),
        new IvrNode.Route("queue", QUEUE, 30, SKILL),
        new IvrNode.Voicemail("mailbox", null, "front-desk"),
        new IvrNode.Hangup("bye", null));
    assertThat(IvrValidation.problemsOf(tree, KnownTargets.anything())).isEmpty();
  }

  @Test
  void whatAKindNeedsButTheJsonLacksIsReportedByTheValidation() {
    IvrTree tree = IvrDrafts.toTree(UUID.randomUUID(), "Line", definition(
        node("queue", NodeKind.ROUTE).build(),
        node("number", NodeKind.COLLECT_DIGITS).prompt(HELLO).variable("account").next("queue").fallback("queue")
            .build()));

    assertThat(IvrValidation.errorsOf(tree, KnownTargets.anything()).stream().map(IvrDrafts::toIssue))
        .extracting("code", "nodeId", "message").containsExactly(
            tuple("INVALID_SETTING", "queue", "route 'queue' names no queue"),
            tuple("INVALID_SETTING", "number", "node 'number': maxDigits must be 1-32, not 0"));
  }

  private static IvrDefinition definition(IvrNodeSpec... nodes) {
    return new IvrDefinition(nodes[0].id(), null, List.of(nodes));
  }

  private static NodeBuilder node(String id, NodeKind kind) {
    return new NodeBuilder(id, kind);
  }

  /** The JSON's optional fields, one method each, so that a test says only what a node has. */
  private static final class NodeBuilder {
    private final String id;
    private final NodeKind kind;
    private PromptSpec prompt;
    private List<MenuOptionSpec> options;
    private String fallback;
    private Integer minDigits;
    private Integer maxDigits;
    private String terminator;
    private String variable;
    private String next;
    private UUID calendarId;
    private String open;
    private String closed;
    private UUID queueId;
    private Integer priorityBoost;
    private UUID skillId;
    private String mailbox;

    NodeBuilder(String id, NodeKind kind) {
      this.id = id;
      this.kind = kind;
    }

    NodeBuilder prompt(PromptSpec value) {
      prompt = value;
      return this;
    }

    NodeBuilder options(MenuOptionSpec... value) {
      options = List.of(value);
      return this;
    }

    NodeBuilder fallback(String value) {
      fallback = value;
      return this;
    }

    NodeBuilder digits(int min, int max) {
      minDigits = min;
      maxDigits = max;
      return this;
    }

    NodeBuilder terminator(String value) {
      terminator = value;
      return this;
    }

    NodeBuilder variable(String value) {
      variable = value;
      return this;
    }

    NodeBuilder next(String value) {
      next = value;
      return this;
    }

    NodeBuilder calendar(UUID value) {
      calendarId = value;
      return this;
    }

    NodeBuilder open(String value) {
      open = value;
      return this;
    }

    NodeBuilder closed(String value) {
      closed = value;
      return this;
    }

    NodeBuilder queue(UUID value) {
      queueId = value;
      return this;
    }

    NodeBuilder boost(int value) {
      priorityBoost = value;
      return this;
    }

    NodeBuilder skill(UUID value) {
      skillId = value;
      return this;
    }

    NodeBuilder mailbox(String value) {
      mailbox = value;
      return this;
    }

    IvrNodeSpec build() {
      return new IvrNodeSpec(id, kind, prompt, options, null, null, fallback, minDigits, maxDigits, terminator,
          variable, next, calendarId, open, closed, queueId, priorityBoost, skillId, mailbox);
    }
  }
}
