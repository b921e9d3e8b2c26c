package org.confidant.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.api.IvrNodeSpec;
import org.confidant.ivr.api.MenuOptionSpec;
import org.confidant.ivr.api.NodeKind;
import org.confidant.ivr.api.PromptSpec;
import org.junit.jupiter.api.Test;

/** A tree's outline follows every branch from the start, names repeats and loops, and lists unreachable nodes. */
class IvrOutlineTest {

  @Test
  void theOutlineFollowsEachBranchOnceMarksLoopsAndEndsWithUnreachableNodes() {
    IvrDefinition tree = new IvrDefinition("main", null, List.of(
        node("main", NodeKind.MENU, List.of(new MenuOptionSpec("1", "bye"), new MenuOptionSpec("9", "main")),
            null, "bye"),
        node("bye", NodeKind.HANGUP, null, null, null),
        node("orphan", NodeKind.HANGUP, null, null, null)));

    assertThat(IvrOutline.of(tree)).containsExactly(
        new IvrOutline.Line(0, "start", "main: MENU — \"Press 1.\""),
        new IvrOutline.Line(1, "key 1", "bye: HANGUP"),
        new IvrOutline.Line(1, "key 9", "back to main (loop)"),
        new IvrOutline.Line(1, "fallback", "bye (shown above)"),
        new IvrOutline.Line(0, "unreachable", "orphan: HANGUP"));
  }

  private static IvrNodeSpec node(String id, NodeKind kind, List<MenuOptionSpec> options, String next,
      String fallback) {
    return new IvrNodeSpec(id, kind, options == null ? null : new PromptSpec("Press 1.", null), options, null, null,
        fallback, null, null, null, null, next, null, null, null, null, null, null, null);
  }
}
