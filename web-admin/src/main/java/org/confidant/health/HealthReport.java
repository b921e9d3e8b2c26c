package org.confidant.health;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/** The outcome of a set of probes, in the shape MicroProfile Health uses ({@code status}, {@code checks}). */
public record HealthReport(String status, List<Check> checks) {

  public static final String UP = "UP";
  public static final String DOWN = "DOWN";

  public HealthReport {
    checks = List.copyOf(checks);
  }

  /** UP only when every probe is; no probes at all is UP (nothing to wait for). */
  public static HealthReport of(List<Check> checks) {
    boolean allUp = checks.stream().allMatch(check -> UP.equals(check.status()));
    return new HealthReport(allUp ? UP : DOWN, checks);
  }

  public static Check probe(DependencyProbe probe) {
    String problem = probe.problem();
    return new Check(probe.name(), problem == null ? UP : DOWN, problem);
  }

  @JsonbTransient
  public boolean isUp() {
    return UP.equals(status);
  }

  /** One probe's result; the reason is present only when it is down. */
  public record Check(String name, String status, String reason) {}
}
