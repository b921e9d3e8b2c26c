package org.confidant.api.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void ifMatchNamesTheVersionStrongWeakOrBare() {
    assertThat(EntityTags.versionIn("\"3\"")).isEqualTo(3);
    assertThat(EntityTags.versionIn("W/\"4\"")).isEqualTo(4);
    assertThat(EntityTags.versionIn(" 5 ")).isEqualTo(5);
  }

  @Test
  void aChangeWithoutAVersionIsRefused() {
    assertThatThrownBy(() -> EntityTags.versionIn(null)).isInstanceOf(VersionRequired.class);
    assertThatThrownBy(() -> EntityTags.versionIn("*")).isInstanceOf(VersionRequired.class);
    assertThatThrownBy(() -> EntityTags.versionIn("\"abc\"")).isInstanceOf(VersionRequired.class);
  }
}
