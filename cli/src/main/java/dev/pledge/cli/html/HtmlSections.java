package dev.pledge.cli.html;

import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.report.ComplianceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The sections of the HTML report drawn as column charts: elapsed time against target, breaches
 * over time and the tier distribution, each with a table of the same numbers.
 */
public final class HtmlSections {
  private final Markup m;
  private final List<ComplianceRow> rows;
  private final ReportFigures figures;
  private final Supplier<String> ids;

  HtmlSections(Markup m, List<ComplianceRow> rows, ReportFigures figures, Supplier<String> ids) {
    this.m = m;
    this.rows = rows;
    this.figures = figures;
    this.ids = ids;
  }

  /** Per policy and metric, instances by elapsed working time over target. */
  void elapsed() {
    open("elapsed", "Elapsed time against target", "Per policy and metric, every instance by its "
        + "elapsed working time divided by its target, as of the report's instant: columns left of the "
        + "target line are within target. Finished instances are solid, running ones hatched.");
    m.open("div", "class", "grid").newline();
    for (ComplianceRow r : rows) {
      ReportFigures.Histogram h = figures.histogram(r.policy(), r.metric());
      List<ColumnChart.Column> columns = new ArrayList<>();
      for (int b = 0; b < ReportFigures.BUCKETS.size(); b++) {
        String bucket = ReportFigures.BUCKETS.get(b);
        columns.add(new ColumnChart.Column(bucket, new long[] {h.finished()[b], h.running()[b]},
            "elapsed / target " + bucket + ": " + h.finished()[b] + " finished, " + h.running()[b] + " running"));
      }
      String name = r.policy() + " · " + r.metric().wireName();
      m.open("figure");
      new ColumnChart(name, "Instances of " + name + " by elapsed time over target; " + h.total()
          + " in all.", "elapsed ÷ target", "instances", List.of("finished", "running"), columns,
          OptionalInt.of(ReportFigures.WITHIN_TARGET), "target").draw(m, ids.get(), 286, 210);
      m.element("figcaption", name);
      m.close("figure");
    }
    m.close("div");
    m.open("table", "class", "elapsed").newline();
    m.element("caption", "Instances per policy and metric by elapsed ÷ target");
    m.open("thead").open("tr").element("th", "Policy", "scope", "col").element("th", "Metric", "scope", "col");
    ReportFigures.BUCKETS.forEach(b -> m.element("th", b, "scope", "col"));
    m.element("th", "All", "scope", "col").element("th", "Running", "scope", "col");
    m.close("tr").close("thead").open("tbody").newline();
    for (ComplianceRow r : rows) {
      ReportFigures.Histogram h = figures.histogram(r.policy(), r.metric());
      long running = 0;
      m.open("tr", "data-policy", r.policy(), "data-metric", r.metric().wireName(),
          "data-total", Long.toString(h.total()));
      m.element("th", r.policy(), "scope", "row").element("td", r.metric().wireName());
      for (int b = 0; b < ReportFigures.BUCKETS.size(); b++) {
        running += h.running()[b];
        m.element("td", Long.toString(h.finished()[b] + h.running()[b]), "class",
            b <= ReportFigures.WITHIN_TARGET ? "num" : "num over");
      }
      m.element("td", Long.toString(h.total()), "class", "num");
      m.element("td", Long.toString(running), "class", "num");
      m.close("tr");
    }
    m.close("tbody").close("table").close("section");
  }

  /** Breached instances per day of their deadline. */
  void breaches() {
    open("breaches", "Breaches over time", "Breached instances per day on which each breached "
        + "(its deadline), in the zone of the policy's calendar, from the first day with a breach "
        + "to the last.");
    Map<LocalDate, Map<ReportFigures.Key, Long>> days = figures.breachesByDay();
    m.open("div", "class", "pair").newline();
    if (days.isEmpty()) {
      m.element("p", "No instance breached.", "class", "empty");
    } else {
      List<ColumnChart.Column> columns = new ArrayList<>();
      long total = 0;
      for (Map.Entry<LocalDate, Map<ReportFigures.Key, Long>> day : days.entrySet()) {
        long n = sum(day.getValue());
        total += n;
        columns.add(new ColumnChart.Column(day.getKey().toString().substring(5), new long[] {n},
            day.getKey() + ": " + n + " breached"));
      }
      m.open("figure");
      new ColumnChart("Breached instances per day", total + " breaches over " + days.size() + " days.",
          "deadline date (month-day)", "breaches", List.of("missed"), columns, OptionalInt.empty(), "")
          .draw(m, ids.get(), 620, 260);
      m.close("figure");
    }
    m.open("table", "class", "breaches").newline();
    m.element("caption", "Breached instances per day");
    m.open("thead").open("tr").element("th", "Day", "scope", "col").element("th", "Breached", "scope", "col")
        .element("th", "Policy and metric", "scope", "col").close("tr").close("thead").open("tbody").newline();
    for (Map.Entry<LocalDate, Map<ReportFigures.Key, Long>> day : days.entrySet()) {
      long n = sum(day.getValue());
      StringBuilder which = new StringBuilder();
      day.getValue().forEach((key, count) -> which.append(which.length() == 0 ? "" : "; ")
          .append(key.policy()).append(' ').append(key.metric().wireName()).append(": ").append(count));
      m.open("tr", "data-day", day.getKey().toString(), "data-breached", Long.toString(n));
      m.element("th", day.getKey().toString(), "scope", "row").element("td", Long.toString(n), "class", "num")
          .element("td", which.toString());
      m.close("tr");
    }
    if (figures.undatedBreaches() > 0) {
      m.open("tr", "data-day", "", "data-breached", Long.toString(figures.undatedBreaches()))
          .element("th", "no deadline", "scope", "row")
          .element("td", Long.toString(figures.undatedBreaches()), "class", "num").element("td", "").close("tr");
    }
    m.close("tbody").close("table").close("div").close("section");
  }

  /** Customers per level of each tier program. */
  void tiers(TierDistribution tiers) {
    open("tiers", "Tier distribution", "Customers per level of each tier program at the report's "
        + "instant: every customer of the customers file and every customer with activities.");
    for (TierDistribution.Program p : tiers.programs()) {
      m.element("h3", "Program " + p.name());
      m.open("div", "class", "pair").newline();
      List<ColumnChart.Column> columns = new ArrayList<>();
      p.levels().forEach((level, n) -> columns.add(new ColumnChart.Column(level, new long[] {n},
          level + ": " + n + " customers")));
      m.open("figure");
      new ColumnChart("Customers per level of " + p.name(), p.customers() + " customers, lowest level first.",
          "level (lowest first)", "customers", List.of("level"), columns, OptionalInt.empty(), "")
          .draw(m, ids.get(), Math.max(320, 90 * columns.size() + 60), 240);
      m.close("figure");
      m.open("table", "class", "tiers", "data-program", p.name()).newline();
      m.element("caption", "Customers per level of " + p.name());
      m.open("thead").open("tr").element("th", "Level", "scope", "col").element("th", "Customers", "scope", "col")
          .element("th", "Share", "scope", "col").close("tr").close("thead").open("tbody").newline();
      p.levels().forEach((level, n) -> m.open("tr", "data-level", level, "data-customers", Long.toString(n))
          .element("th", level, "scope", "row").element("td", Long.toString(n), "class", "num")
          .element("td", share(n, p.customers()), "class", "num").close("tr"));
      m.close("tbody").close("table").close("div");
      if (p.failed() > 0) {
        m.element("p", p.failed() + " customers could not be evaluated in " + p.name()
            + " (run pledge tiers to see why).", "class", "warning");
      }
    }
    m.close("section");
  }

  private void open(String id, String title, String explanation) {
    m.open("section", "id", id).newline();
    m.element("h2", title);
    m.element("p", explanation);
  }

  private static long sum(Map<ReportFigures.Key, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String share(long n, long of) {
    return of == 0 ? "–" : ComplianceTable.percent(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(of), 3,
        RoundingMode.HALF_EVEN));
  }
}
