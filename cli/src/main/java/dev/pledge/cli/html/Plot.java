package dev.pledge.cli.html;

import java.util.List;

/**
 * The plotting rectangle of a chart with a value axis on the left and categories along the bottom,
 * one slot each: it maps values to heights, and draws the grid, the labels and the axis titles.
 *
 * @param left the x of the plot's left edge
 * @param top the y of its top edge
 * @param width its width
 * @param height its height
 * @param scale the value axis
 */
record Plot(double left, double top, double width, double height, Scale scale) {
  /** The width of a label character at the tick font size, generously. */
  private static final double CHAR = 7.2;

  /** The y of the plot's bottom edge. */
  double base() {
    return top + height;
  }

  /** The y of {@code value}. */
  double y(double value) {
    return base() - height * (value - scale.min()) / (scale.max() - scale.min());
  }

  /** The height of a bar of {@code value} on a scale from 0. */
  double length(double value) {
    return height * value / (scale.max() - scale.min());
  }

  /** The width of one of {@code n} category slots. */
  double slot(int n) {
    return width / Math.max(1, n);
  }

  /** The x of the middle of slot {@code i} of {@code n}. */
  double centre(int i, int n) {
    double slot = slot(n);
    return left + slot * i + slot / 2;
  }

  /** Grid lines and tick labels at every step of the scale; the line at 0 is the axis. */
  void grid(Svg svg) {
    for (int i = 0; i <= scale.steps(); i++) {
      double tick = scale.min() + scale.step() * i;
      double y = y(tick);
      svg.line(left, y, left + width, y, tick == 0 ? "axis" : "gridline");
      svg.text(left - 6, y + 4, "end", "tick", scale.label(tick));
    }
  }

  /**
   * The category labels under their slots, to draw one by one. Labels too wide for their slot
   * alternate between two lines, then are thinned to every second, third, ... label.
   */
  Labels labels(List<String> labels) {
    double slot = slot(labels.size());
    int longest = labels.stream().mapToInt(String::length).max().orElse(1);
    double needed = longest * CHAR + 4;
    int lines = needed > slot ? 2 : 1;
    return new Labels(labels, lines, Math.max(1, (int) Math.ceil(needed / (slot * lines))));
  }

  /** The category labels: on {@code lines} lines, every {@code every}th drawn. */
  final class Labels {
    private final List<String> labels;
    private final int lines;
    private final int every;

    private Labels(List<String> labels, int lines, int every) {
      this.labels = labels;
      this.lines = lines;
      this.every = every;
    }

    /** Draws the label of slot {@code i}, unless it is thinned out. */
    void draw(Svg svg, int i) {
      if (i % every == 0) {
        double labelY = base() + 15 + 12 * ((i / every) % lines);
        svg.text(centre(i, labels.size()), labelY, "middle", "tick", labels.get(i));
      }
    }

    /** Draws every label. */
    void drawAll(Svg svg) {
      for (int i = 0; i < labels.size(); i++) {
        draw(svg, i);
      }
    }
  }

  /** The value axis title, above the plot's top left corner. */
  void valueTitle(Svg svg, String title) {
    svg.text(left - 34, top - 18, "start", "axis-title", title);
  }

  /** The category axis title, at the bottom of a chart {@code chartHeight} high. */
  void categoryTitle(Svg svg, String title, int chartHeight) {
    svg.text(left + width / 2, chartHeight - 8, "middle", "axis-title", title);
  }
}
