package org.confidant.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReportTest {

  private static DependencyProbe probe(String name, String problem) {
    return new DependencyProbe() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String problem() {
        return problem;
      }
    };
  }

  @Test
  void upWhenEveryProbeAnswers() {
    HealthReport report = HealthReport.of(List.of(
        HealthReport.probe(probe("database", null)), HealthReport.probe(probe("broker", null))));
    assertThat(report.isUp()).isTrue();
    assertThat(report.checks()).extracting(HealthReport.Check::reason).containsOnlyNulls();
  }

  @Test
  void oneFailingProbeMakesTheWholeReportDownAndNamesTheReason() {
    HealthReport report = HealthReport.of(List.of(
        HealthReport.probe(probe("database", "database unavailable")), HealthReport.probe(probe("broker", null))));
    assertThat(report.status()).isEqualTo(HealthReport.DOWN);
    assertThat(report.checks().get(0)).isEqualTo(
        new HealthReport.Check("database", HealthReport.DOWN, "database unavailable"));
  }
}
