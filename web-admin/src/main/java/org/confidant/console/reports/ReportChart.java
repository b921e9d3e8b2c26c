package org.confidant.console.reports;

import java.util.ArrayList;
import java.util.List;
import org.confidant.reporting.api.ReportRow;

/**
 * A bar chart of a report drawn as inline SVG (no script, no library): one bar per row, its height the calls
 * offered, the answered part filled darker. Coordinates are in the SVG's own 800 × 240 box.
 */
public record ReportChart(List<Bar> bars, long highest) {

  public static final int WIDTH = 800;
  public static final int HEIGHT = 240;
  private static final int AXIS = 20;

  /** A row's bar: where it stands and the tooltip saying its figures. */
  public record Bar(double x, double width, double offeredY, double offeredHeight, double answeredY,
      double answeredHeight, String title) {}

  public static ReportChart of(List<ReportRow> rows, java.util.function.Function<ReportRow, String> label) {
    long highest = rows.stream().mapToLong(ReportRow::offered).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    double slot = rows.isEmpty() ? 0 : (double) WIDTH / rows.size();
    double usable = HEIGHT - AXIS;
    for (int i = 0; i < rows.size(); i++) {
      ReportRow row = rows.get(i);
      double offered = highest == 0 ? 0 : usable * row.offered() / highest;
      double answered = highest == 0 ? 0 : usable * row.answered() / highest;
      bars.add(new Bar(i * slot + slot * 0.1, slot * 0.8, usable - offered, offered, usable - answered, answered,
          label.apply(row) + ": " + row.offered() + " offered, " + row.answered() + " answered"));
    }
    return new ReportChart(bars, highest);
  }
}
