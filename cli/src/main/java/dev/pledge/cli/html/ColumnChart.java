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
  /** The width of a label character at the tick font size, generously. */
  private static final double CHAR = 7.2;

  public ColumnChart {
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
  }

  /** Draws the chart, {@code width} by {@code height}, with root id {@code id}. */
  void draw(Markup m, String id, int width, int height) {
    Svg svg = Svg.open(m, id, width, height, title, description);
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = height - TOP - BOTTOM;
    double base = TOP + plotHeight;
    long max = 1;
    for (Column c : columns) {
      max = Math.max(max, c.total());
    }
    long step = Svg.step(max, 5);
    long top = (max + step - 1) / step * step;
    for (long tick = 0; tick <= top; tick += step) {
      double y = base - plotHeight * tick / top;
      svg.line(LEFT, y, LEFT + plotWidth, y, tick == 0 ? "axis" : "gridline");
      svg.text(LEFT - 6, y + 4, "end", "tick", Long.toString(tick));
    }
    svg.text(LEFT - 34, TOP - 18, "start", "axis-title", yAxis);
    int n = Math.max(1, columns.size());
    double slot = plotWidth / n;
    double barWidth = Math.max(1, slot * 0.72);
    int longest = columns.stream().mapToInt(c -> c.label().length()).max().orElse(1);
    // Labels too wide for their column alternate between two lines, then are thinned.
    double needed = longest * CHAR + 4;
    int lines = needed > slot ? 2 : 1;
    int every = Math.max(1, (int) Math.ceil(needed / (slot * lines)));
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = LEFT + slot * i + (slot - barWidth) / 2;
      double y = base;
      for (int s = 0; s < c.values().length; s++) {
        double h = plotHeight * c.values()[s] / top;
        if (h > 0) {
          svg.rect(x, y - h, barWidth, h, series.get(s), c.tooltip());
        }
        y -= h;
      }
      if (c.total() > 0) {
        svg.text(x + barWidth / 2, y - 4, "middle", "value", Long.toString(c.total()));
      }
      if (i % every == 0) {
        double labelY = base + 15 + 12 * ((i / every) % lines);
        svg.text(LEFT + slot * i + slot / 2, labelY, "middle", "tick", c.label());
      }
    }
    if (markerAfter.isPresent()) {
      double x = LEFT + slot * (markerAfter.getAsInt() + 1);
      // Above the column totals (which reach up to TOP - 14), so the two never overlap.
      svg.line(x, 17, x, base, "marker");
      svg.text(x, 13, "middle", "marker-label", markerLabel);
    }
    svg.text(LEFT + plotWidth / 2, height - 8, "middle", "axis-title", xAxis);
    svg.close();
  }
}
