package dev.pledge.cli.html;

import dev.pledge.cli.output.Figures;
import dev.pledge.measure.BrokenPromises;
import dev.pledge.report.Proportion;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The part of the section "What customers feel" that compares satisfaction and churn after kept
 * and after broken promises: the shares with their 95 % Wilson intervals drawn, a table of the same
 * counts, the differences and the verdict, which says "not enough data" when an interval is too wide.
 */
final class BrokenPromisesSection {
  private BrokenPromisesSection() {}

  /** Writes the subsection, its chart with root id {@code id}. */
  static void write(Markup m, BrokenPromises b, String id) {
    MeasuresSection.subsection(m, "broken-promises", "What a broken promise costs", "Over every period: the "
        + "share of rated cases rated 4 or 5, and the share of cases whose customer churned within churnAfter "
        + "of the opening, after cases whose promises were all kept and after cases with a breach. When an "
        + "interval is wider than 20 points there is not enough data to compare. It is an association, not a "
        + "proof of cause.");
    m.open("figure");
    new IntervalChart("Satisfaction and churn after kept and after broken promises", "Per comparison, the "
        + "share after kept and after broken promises, each with its 95 % interval.", List.of(
            group("Satisfied (rated 4 or 5)", b.enoughCsatData(), b.csatKept(), b.csatBroken()),
            group("Churned within churnAfter", b.enoughChurnData(), b.churnKept(), b.churnBroken())))
        .draw(m, id);
    m.close("figure");
    m.open("table", "class", "measures", "data-figure", "broken-promises").newline();
    m.element("caption", "After kept and after broken promises");
    m.open("thead").open("tr");
    for (String h : List.of("Figure", "After", "Cases", "Counted", "Share", "95 % interval")) {
      m.element("th", h, "scope", "col");
    }
    m.close("tr").close("thead").open("tbody").newline();
    row(m, "satisfied", "kept", b.csatKept());
    row(m, "satisfied", "broken", b.csatBroken());
    row(m, "churned", "kept", b.churnKept());
    row(m, "churned", "broken", b.churnBroken());
    m.close("tbody").close("table");
    m.close("div");
    m.element("p", "Broken minus kept: satisfied " + points(b.csatDifference()) + ", churned "
        + points(b.churnDifference()) + ".", "class", "difference");
    m.element("p", b.verdict(), "class", "verdict-text", "data-enough-csat", Boolean.toString(b.enoughCsatData()),
        "data-enough-churn", Boolean.toString(b.enoughChurnData()));
    m.close("section");
  }

  private static IntervalChart.Group group(String heading, boolean enough, Proportion kept, Proportion broken) {
    return new IntervalChart.Group(heading + (enough ? "" : ": not enough data"), List.of(
        new IntervalChart.Row("promises kept", kept), new IntervalChart.Row("a promise broken", broken)));
  }

  private static void row(Markup m, String share, String after, Proportion p) {
    m.open("tr", "data-share", share, "data-after", after);
    m.element("th", share, "scope", "row").element("td", after);
    m.element("td", Long.toString(p.n()), "class", "num").element("td", Long.toString(p.hits()), "class", "num");
    m.element("td", Figures.percent(p.share()), "class", "num");
    m.element("td", p.n() == 0 ? "-" : Figures.percent(p.low()) + " to " + Figures.percent(p.high()),
        "class", "num");
    m.close("tr");
  }

  private static String points(OptionalDouble difference) {
    return difference.isEmpty() ? "-"
        : (difference.getAsDouble() > 0 ? "+" : "") + Figures.fixed(difference, 1) + " points";
  }
}
