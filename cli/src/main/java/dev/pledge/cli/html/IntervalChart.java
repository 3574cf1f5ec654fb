package dev.pledge.cli.html;

import dev.pledge.cli.output.Figures;
import dev.pledge.report.Proportion;
import java.util.List;
import java.util.Objects;

/**
 * Shares with their 95 % Wilson intervals on a 0 to 100 % scale, in groups of rows: per row a
 * light track, the interval as a bar with a whisker at each end, a dot at the share, and the
 * figures in words beside it ("61.4% [49.0% to 72.6%] of 57"). A row with no case has no dot and
 * says so.
 *
 * @param title what the chart shows, also its accessible title
 * @param description a sentence for screen readers
 * @param groups the groups, each under its heading
 */
public record IntervalChart(String title, String description, List<Group> groups) {

  /**
   * Rows compared with each other.
   *
   * @param heading what they compare, and whether there is data enough to say
   * @param rows the rows
   */
  record Group(String heading, List<Row> rows) {
    Group {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One share.
   *
   * @param label what was counted, before the track
   * @param share the count, with its interval
   */
  record Row(String label, Proportion share) {}

  private static final int WIDTH = 640;
  private static final double LABEL = 12;
  private static final double TRACK_LEFT = 150;
  private static final double TRACK = 280;
  /** A group's heading, then its scale's labels. */
  private static final double HEADING = 44;
  private static final double ROW = 26;

  public IntervalChart {
    Objects.requireNonNull(title, "title");
    groups = List.copyOf(groups);
  }

  /** Draws the chart with root id {@code id}; each group has its heading and its own 0 to 100 % scale. */
  void draw(Markup m, String id) {
    int height = (int) groups.stream().mapToDouble(g -> HEADING + ROW * g.rows().size()).sum() + 30;
    Svg svg = Svg.open(m, id, WIDTH, height, title, description);
    double y = 0;
    for (Group g : groups) {
      svg.text(LABEL, y + 18, "start", "label", g.heading());
      y += HEADING;
      svg.percentGrid(TRACK_LEFT, TRACK, y, y + ROW * g.rows().size());
      for (Row r : g.rows()) {
        row(svg, y + ROW / 2, r);
        y += ROW;
      }
    }
    svg.text(LABEL, height - 8, "start", "note",
        "Dot: the share. Bar: its 95 % Wilson interval, where the true share most likely lies.");
    svg.close();
  }

  private static void row(Svg svg, double middle, Row r) {
    svg.text(LABEL + 10, middle + 4, "start", "tick", r.label());
    svg.rect(TRACK_LEFT, middle - 6, TRACK, 12, "track", "0 to 100 %");
    Proportion p = r.share();
    if (p.n() == 0) {
      svg.text(TRACK_LEFT + TRACK + 14, middle + 4, "start", "reading", "no cases");
      return;
    }
    double low = x(p.low().getAsDouble());
    double high = x(p.high().getAsDouble());
    String words = words(p);
    svg.rect(low, middle - 3, high - low, 6, "interval", r.label() + ": " + words);
    svg.line(low, middle - 7, low, middle + 7, "whisker");
    svg.line(high, middle - 7, high, middle + 7, "whisker");
    svg.dot(x(p.share().getAsDouble()), middle, 4.5, "estimate", r.label() + ": " + words);
    svg.text(TRACK_LEFT + TRACK + 14, middle + 4, "start", "reading", words);
  }

  /** The share, its interval and the count in words: {@code 61.4% [49.0% to 72.6%] of 57}. */
  static String words(Proportion p) {
    return Figures.percent(p.share()) + " [" + Figures.percent(p.low()) + " to "
        + Figures.percent(p.high()) + "] of " + p.n();
  }

  private static double x(double share) {
    return TRACK_LEFT + TRACK * share;
  }
}
