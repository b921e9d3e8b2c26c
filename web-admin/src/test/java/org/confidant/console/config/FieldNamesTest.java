package org.confidant.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API's field paths in words a supervisor reads, list positions counted from one. */
class FieldNamesTest {

  @Test
  void aNestedListFieldNamesEachPositionFromOne() {
    assertThat(FieldNames.readable("steps[1].skills[0].minProficiency"))
        .isEqualTo("Step 2, skill 1, min proficiency");
  }

  @Test
  void aTopLevelFieldIsItsWords() {
    assertThat(FieldNames.readable("wrapUpSeconds")).isEqualTo("Wrap up seconds");
    assertThat(FieldNames.readable("overflow.queueId")).isEqualTo("Overflow, queue id");
  }

  @Test
  void anUnusualSegmentIsKeptAsItIs() {
    assertThat(FieldNames.readable("steps[0].attributes[site].<map value>"))
        .isEqualTo("Step 1, attributes[site], <map value>");
    assertThat(FieldNames.readable("")).isEmpty();
  }
}
