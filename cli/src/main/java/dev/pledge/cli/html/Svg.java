package dev.pledge.cli.html;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG drawing on a {@link Markup}: an accessible root (role img, a title and a description
 * read by screen readers), shapes and text. Coordinates are user units, written to one decimal.
 * Colours and fonts come from the page's style sheet through class names.
 */
public final class Svg {
  private final Markup m;

  private Svg(Markup m) {
    this.m = m;
  }

  /**
   * Opens an {@code <svg>} of {@code width} by {@code height} with its title and description;
   * {@code id} must be unique in the page.
   */
  static Svg open(Markup m, String id, int width, int height, String title, String description) {
    m.open("svg", "width", Integer.toString(width), "height", Integer.toString(height),
        "viewBox", "0 0 " + width + " " + height, "role", "img",
        "aria-labelledby", id + "-title " + id + "-desc", "class", "chart");
    m.element("title", title, "id", id + "-title");
    m.element("desc", description, "id", id + "-desc");
    m.newline();
    return new Svg(m);
  }

  /** Closes the {@code <svg>}. */
  void close() {
    m.close("svg");
  }

  /** A rectangle with a tooltip. */
  Svg rect(double x, double y, double width, double height, String cssClass, String tooltip) {
    m.open("rect", "x", n(x), "y", n(y), "width", n(Math.max(0, width)), "height", n(Math.max(0, height)),
        "class", cssClass);
    m.element("title", tooltip);
    m.close("rect");
    return this;
  }

  /** A line. */
  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    m.empty("line", "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "class", cssClass);
    return this;
  }

  /** A line through {@code points}, each an x and a y, not filled. */
  Svg polyline(List<double[]> points, String cssClass) {
    StringBuilder coordinates = new StringBuilder();
    for (double[] p : points) {
      coordinates.append(coordinates.length() == 0 ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
    }
    m.empty("polyline", "points", coordinates.toString(), "class", cssClass);
    return this;
  }

  /** A dot of radius {@code r} centred on {@code x}, {@code y}, with a tooltip. */
  Svg dot(double x, double y, double r, String cssClass, String tooltip) {
    m.open("circle", "cx", n(x), "cy", n(y), "r", n(r), "class", cssClass);
    m.element("title", tooltip);
    m.close("circle");
    return this;
  }

  /** Text anchored at {@code x} ({@code start}, {@code middle} or {@code end}) on baseline {@code y}. */
  Svg text(double x, double y, String anchor, String cssClass, String text) {
    m.element("text", text, "x", n(x), "y", n(y), "text-anchor", anchor, "class", cssClass);
    m.newline();
    return this;
  }

  /**
   * A 0 to 100 % scale across {@code width} from {@code left}: a grid line every 25 % from just
   * above {@code top} down to {@code bottom}, labelled above it.
   */
  Svg percentGrid(double left, double width, double top, double bottom) {
    for (int pct = 0; pct <= 100; pct += 25) {
      double x = left + width * pct / 100;
      line(x, top - 8, x, bottom, "gridline");
      text(x, top - 12, "middle", "tick", pct + "%");
    }
    return this;
  }

  /** A number to one decimal, without a trailing {@code .0}. */
  static String n(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** A step of 1, 2 or 5 times a power of ten giving at most about {@code ticks} ticks up to {@code max}. */
  static long step(long max, int ticks) {
    long step = 1;
    while (true) {
      for (long f : new long[] {1, 2, 5}) {
        if (max / (step * f) < ticks) {
          return step * f;
        }
      }
      step *= 10;
    }
  }

  /**
   * The pattern definitions the charts use (hatching that tells not-kept and running bars apart
   * without colour), in a zero-size {@code <svg>}; write it once per page.
   */
  static void definitions(Markup m) {
    m.open("svg", "width", "0", "height", "0", "class", "defs", "aria-hidden", "true");
    m.open("defs");
    hatch(m, "hatch-miss", "miss-bg", "miss-line");
    hatch(m, "hatch-running", "running-bg", "running-line");
    m.close("defs");
    m.close("svg");
  }

  private static void hatch(Markup m, String id, String background, String stroke) {
    m.open("pattern", "id", id, "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
        "patternTransform", "rotate(45)");
    m.empty("rect", "width", "6", "height", "6", "class", background);
    m.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "class", stroke);
    m.close("pattern");
  }
}
