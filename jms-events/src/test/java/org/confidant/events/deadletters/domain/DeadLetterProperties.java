package org.confidant.events.deadletters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DeadLetterProperties {

  @Property
  void twoDeadLettersShareAnIdOnlyIfTheyShareMessageAndQueue(
      @ForAll String messageA, @ForAll String queueA, @ForAll String messageB, @ForAll String queueB) {
    boolean same = messageA.equals(messageB) && queueA.equals(queueB);

    assertThat(DeadLetter.idOf(messageA, queueA).equals(DeadLetter.idOf(messageB, queueB))).isEqualTo(same);
  }

  @Property
  void aSplitBetweenMessageAndQueueIsNeverMistakenForAnother(@ForAll String text, @ForAll String more) {
    String joined = text + more;
    if (!more.isEmpty()) {
      assertThat(DeadLetter.idOf(text, more)).isNotEqualTo(DeadLetter.idOf(joined, ""));
    }
  }

  @Property
  void aSelectorLiteralIsOneQuotedStringWhateverTheValue(@ForAll String value) {
    String literal = DeadLetterSelector.literal(value);
    String inside = literal.substring(1, literal.length() - 1);

    assertThat(literal).startsWith("'").endsWith("'");
    assertThat(inside.replace("''", "")).doesNotContain("'");
    assertThat(inside.replace("''", "'")).isEqualTo(value);
  }
}
