package org.confidant.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which migration locations apply. The schema always; the demo data set (a repeatable migration) only when the
 * server was started for a demonstration ({@code CONFIDANT_DEMO_DATA=true}, as {@code ./confidant demo} does).
 */
public record MigrationPlan(boolean withDemoData) {

  static final String SCHEMA = "classpath:db/migration";
  static final String DEMO_DATA = "classpath:db/demo";
  static final String DEMO_DATA_VARIABLE = "CONFIDANT_DEMO_DATA";

  public static MigrationPlan fromEnvironment(Function<String, String> environment) {
    return new MigrationPlan(Boolean.parseBoolean(environment.apply(DEMO_DATA_VARIABLE)));
  }

  public String[] locations() {
    List<String> locations = new ArrayList<>(List.of(SCHEMA));
    if (withDemoData) {
      locations.add(DEMO_DATA);
    }
    return locations.toArray(String[]::new);
  }
}
