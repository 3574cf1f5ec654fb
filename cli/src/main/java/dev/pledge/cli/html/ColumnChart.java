package dev.pledge.cli.html;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A vertical column chart of counts: one column per category, each stacked from up to two series
 * (told apart by fill pattern, not only colour), its total written above it, a count axis with
 * grid lines, and optionally a marked line after one column (the target). Category labels are
 * thinned when they would not fit under their columns.
 *
 * @param title what the chart shows, also its accessible title
 * @param description a sentence for screen readers
 * @param xAxis the category axis title
 * @param yAxis the count axis title
 * @param series the CSS classes of the stacked series, bottom first
 * @param columns the categories in order
 * @param markerAfter the index of the column after which a marker line is drawn, if any
 * @param markerLabel the marker's label
 */
public record ColumnChart(String title, String description, String xAxis, String yAxis, List<String> series,
    List<Column> columns, OptionalInt markerAfter, String markerLabel) {

  /**
   * One category.
   *
   * @param label the short label under the column
   * @param values one count per series
   * @param tooltip what hovering the column says
   */
  record Column(String label, long[] values, String tooltip) {
    long total() {
      long n = 0;
      for (long v : values) {
        n += v;
      }
      return n;
    }
  }

  private static final double LEFT = 44;
  private static final double RIGHT = 12;
  private static final double TOP = 38;
  private static final double BOTTOM = 56;

  public ColumnChart {
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
  }

  /** Draws the chart, {@code width} by {@code height}, with root id {@code id}. */
  void draw(Markup m, String id, int width, int height) {
    Svg svg = Svg.open(m, id, width, height, title, description);
    long max = 1;
    for (Column c : columns) {
      max = Math.max(max, c.total());
    }
    Plot plot = new Plot(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM, Scale.upTo(max, ""));
    double base = plot.base();
    plot.grid(svg);
    plot.valueTitle(svg, yAxis);
    double slot = plot.slot(columns.size());
    double barWidth = Math.max(1, slot * 0.72);
    Plot.Labels labels = plot.labels(columns.stream().map(Column::label).toList());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = LEFT + slot * i + (slot - barWidth) / 2;
      double y = base;
      for (int s = 0; s < c.values().length; s++) {
        double h = plot.length(c.values()[s]);
        if (h > 0) {
          svg.rect(x, y - h, barWidth, h, series.get(s), c.tooltip());
        }
        y -= h;
      }
      if (c.total() > 0 && slot >= 14) { // narrower, the totals would overlap: the table has them
        svg.text(x + barWidth / 2, y - 4, "middle", "value", Long.toString(c.total()));
      }
      labels.draw(svg, i);
    }
    if (markerAfter.isPresent()) {
      double x = LEFT + slot * (markerAfter.getAsInt() + 1);
      // Above the column totals (which reach up to TOP - 14), so the two never overlap.
      svg.line(x, 17, x, base, "marker");
      svg.text(x, 13, "middle", "marker-label", markerLabel);
    }
    plot.categoryTitle(svg, xAxis, height);
    svg.close();
  }
}
