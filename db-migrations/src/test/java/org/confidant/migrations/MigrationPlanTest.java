package org.confidant.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {

  @Test
  void productionAppliesTheSchemaOnly() {
    assertThat(new MigrationPlan(false).locations()).containsExactly("classpath:db/migration");
  }

  @Test
  void demoDataOnlyWhenTheEnvironmentAsksForIt() {
    assertThat(MigrationPlan.fromEnvironment(Map.of("CONFIDANT_DEMO_DATA", "true")::get).withDemoData()).isTrue();
    assertThat(MigrationPlan.fromEnvironment(Map.of("CONFIDANT_DEMO_DATA", "no")::get).withDemoData()).isFalse();
    assertThat(MigrationPlan.fromEnvironment(Map.<String, String>of()::get).withDemoData()).isFalse();
  }

  @Test
  void demoAddsTheDemoDataAfterTheSchema() {
    assertThat(new MigrationPlan(true).locations())
        .containsExactly("classpath:db/migration", "classpath:db/demo");
  }
}
