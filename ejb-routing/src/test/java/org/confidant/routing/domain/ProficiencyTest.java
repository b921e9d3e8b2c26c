package org.confidant.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 11, 100})
  void outsideOneToTenIsRefusedWithTheRangeInTheMessage(int level) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Proficiency(level))
        .withMessageContaining("between 1 and 10");
  }

  @Test
  void anAgentMeetsARequirementAtOrBelowTheirLevel() {
    assertThat(new Proficiency(7).meets(new Proficiency(7))).isTrue();
    assertThat(new Proficiency(7).meets(new Proficiency(3))).isTrue();
    assertThat(new Proficiency(7).meets(new Proficiency(8))).isFalse();
  }
}
