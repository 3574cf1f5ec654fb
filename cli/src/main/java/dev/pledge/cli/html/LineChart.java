package dev.pledge.cli.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A line chart of one figure per category (a period) and series (a level): one line per series,
 * told apart by dash pattern as well as colour, a dot on every figure whose tooltip gives it in
 * words, and a legend above the plot. A missing figure is a gap in its line, never a zero; a figure
 * between two gaps is a dot alone.
 *
 * @param title what the chart shows, also its accessible title
 * @param description a sentence for screen readers
 * @param xAxis the category axis title
 * @param yAxis the value axis title
 * @param categories the category labels, in order
 * @param series the lines, styled by their position (at most {@link #STYLES} different styles)
 * @param scale the value axis; every figure lies on it
 */
public record LineChart(String title, String description, String xAxis, String yAxis, List<String> categories,
    List<Series> series, Scale scale) {

  /**
   * One line.
   *
   * @param name its name in the legend and the tooltips
   * @param values one per category, in the scale's unit; empty where there is no figure
   * @param labels one per category: the figure in words, as the table beside the chart gives it
   */
  record Series(String name, List<OptionalDouble> values, List<String> labels) {
    Series {
      values = List.copyOf(values);
      labels = List.copyOf(labels);
      if (values.size() != labels.size()) {
        throw new IllegalArgumentException(name + ": " + values.size() + " values but " + labels.size() + " labels");
      }
    }
  }

  /** The line styles (CSS classes {@code s0} to {@code s5}); further series repeat them. */
  static final int STYLES = 6;
  private static final double LEFT = 48;
  private static final double RIGHT = 12;
  /** The plot's top below the last legend row. */
  private static final double TOP = 30;
  private static final double BOTTOM = 56;
  private static final double LEGEND_ROW = 16;
  private static final double SAMPLE = 22;
  /** The width of a legend character, generously. */
  private static final double CHAR = 7.4;

  public LineChart {
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(s.name() + ": " + s.values().size() + " values for "
            + categories.size() + " categories");
      }
    }
  }

  /** Draws the chart, {@code width} by {@code height}, with root id {@code id}. */
  void draw(Markup m, String id, int width, int height) {
    Svg svg = Svg.open(m, id, width, height, title, description);
    List<double[]> legend = legendPlaces(width);
    double top = TOP + (legend.isEmpty() ? 0 : legend.get(legend.size() - 1)[1]);
    Plot plot = new Plot(LEFT, top, width - LEFT - RIGHT, height - top - BOTTOM, scale);
    plot.grid(svg);
    plot.valueTitle(svg, yAxis);
    plot.labels(categories).drawAll(svg);
    for (int s = 0; s < series.size(); s++) {
      line(svg, plot, series.get(s), style(s));
      double[] place = legend.get(s);
      svg.line(place[0], place[1] - 4, place[0] + SAMPLE, place[1] - 4, "line " + style(s));
      svg.text(place[0] + SAMPLE + 6, place[1], "start", "legend", series.get(s).name());
    }
    plot.categoryTitle(svg, xAxis, height);
    svg.close();
  }

  /** Where each series' legend entry starts (x) and its baseline (y), in rows as wide as the chart. */
  private List<double[]> legendPlaces(int width) {
    List<double[]> places = new ArrayList<>();
    double x = LEFT;
    double y = 14;
    for (Series s : series) {
      double entry = SAMPLE + 6 + s.name().length() * CHAR + 16;
      if (x > LEFT && x + entry > width - RIGHT) {
        x = LEFT;
        y += LEGEND_ROW;
      }
      places.add(new double[] {x, y});
      x += entry;
    }
    return places;
  }

  /** One series: a polyline through each run of figures without a gap, and a dot on every figure. */
  private void line(Svg svg, Plot plot, Series s, String style) {
    List<double[]> run = new ArrayList<>();
    for (int i = 0; i <= categories.size(); i++) {
      OptionalDouble value = i < categories.size() ? s.values().get(i) : OptionalDouble.empty();
      if (value.isPresent()) {
        run.add(new double[] {plot.centre(i, categories.size()), plot.y(value.getAsDouble())});
      } else {
        if (run.size() > 1) {
          svg.polyline(run, "line " + style);
        }
        run.clear();
      }
    }
    for (int i = 0; i < categories.size(); i++) {
      if (s.values().get(i).isPresent()) {
        svg.dot(plot.centre(i, categories.size()), plot.y(s.values().get(i).getAsDouble()), 3, "dot " + style,
            s.name() + ", " + categories.get(i) + ": " + s.labels().get(i));
      }
    }
  }

  private static String style(int series) {
    return "s" + series % STYLES;
  }
}
