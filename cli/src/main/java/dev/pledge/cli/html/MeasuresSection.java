package dev.pledge.cli.html;

import dev.pledge.cli.output.Figures;
import dev.pledge.output.PledgeJson;
import dev.pledge.measure.CustomerFigures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.measure.PeriodFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The section "What customers feel" of the HTML report, drawn from a {@link MeasuresReport}
 * (docs/measures.md): CSAT, NPS and churn rate per period for all customers and per level, new
 * versus repeat customers, requests per channel, and what a broken promise costs; each chart beside
 * a table of the same figures. A figure with no data is a gap in its line and {@code -} in its table.
 */
final class MeasuresSection {
  private static final String ALL = "all";
  private final Markup m;
  private final Supplier<String> ids;
  private final MeasuresReport report;
  private final List<String> periods;
  /** Per level (empty: all customers, first), the figures by period. */
  private final Map<Optional<String>, Map<String, PeriodFigures>> byLevel = new LinkedHashMap<>();

  MeasuresSection(Markup m, MeasuresReport report, Supplier<String> ids) {
    this.m = m;
    this.ids = ids;
    this.report = report;
    for (PeriodFigures p : report.periods()) {
      byLevel.computeIfAbsent(p.level(), level -> new LinkedHashMap<>()).put(p.period(), p);
    }
    this.periods = report.periods().stream().map(PeriodFigures::period).distinct().toList();
  }

  /** Writes the section. */
  void draw() {
    m.open("section", "id", "measures").newline();
    m.element("h2", "What customers feel");
    m.element("p", "Satisfaction, recommendation, churn and requests per period, for all customers and "
        + "for each level, a customer counting at the level they held at the period's start; then what a "
        + "broken promise costs. A gap in a line, and - in a table, is a period without the figure: nothing "
        + "rated, no answer, or no customer active at its start. The figures are those of pledge measures.");
    csat();
    nps();
    churn();
    customers();
    requests();
    BrokenPromisesSection.write(m, report.brokenPromises(), ids.get());
    m.close("section");
  }

  /** The share of ratings 4 or 5 per period and level. */
  private void csat() {
    lines(new Chart("csat", "Satisfaction (CSAT)", "The share of rated cases rated 4 or 5, by the period "
        + "in which the rating was given.", "% rated 4 or 5", "No case was rated."), Scale.percent(100),
        perLevel(p -> hundred(p.csat().share()),
            p -> counted(Figures.percent(p.csat().share()), p.csat().satisfied(), p.csat().rated())));
  }

  /** The Net Promoter Score per period and level. */
  private void nps() {
    lines(new Chart("nps", "Net Promoter Score", "% promoters (9 or 10) minus % detractors (0 to 6) among "
        + "the customers who answered in the period, from -100 to 100; each customer's last answer counts.",
        "NPS", "No customer answered a survey."), new Scale(-100, 100, 50, ""),
        perLevel(p -> p.nps().score(), p -> p.nps().score().isEmpty() ? "-"
            : Figures.fixed(p.nps().score(), 1) + " (" + p.nps().answers() + " answered)"));
  }

  /** The churn rate per period and level. */
  private void churn() {
    List<LineChart.Series> churn = perLevel(p -> hundred(p.customers().churnRate()), p -> counted(
        Figures.percent(p.customers().churnRate()), p.customers().churned(), p.customers().activeAtStart()));
    lines(new Chart("churn", "Churn rate", "Customers who churned in the period (no active activity within "
        + "churnAfter of their last) over the customers active at its start.", "% churned",
        "No customer was active at the start of a period."), Scale.percent(max(churn).orElse(0)), churn);
  }

  /** Cases opened per period, in all and per channel (every channel seen in any period), of all customers. */
  private void requests() {
    Set<String> channels = new LinkedHashSet<>();
    overall().forEach(p -> channels.addAll(p.requests().byChannel().keySet()));
    List<LineChart.Series> series = new ArrayList<>();
    series.add(counts(ALL, p -> p.requests().opened()));
    channels.forEach(channel -> series.add(counts(channel, p -> p.requests().byChannel().getOrDefault(channel, 0L))));
    lines(new Chart("requests", "Requests per channel", "Cases opened in the period, in all and per channel "
        + "they were opened on.", "cases opened", "No case was opened."), Scale.upTo(max(series).orElse(0), ""), series);
  }

  /** One series per level, all customers first: {@code value} on the chart, {@code label} in the table. */
  private List<LineChart.Series> perLevel(Function<PeriodFigures, OptionalDouble> value,
      Function<PeriodFigures, String> label) {
    List<LineChart.Series> series = new ArrayList<>();
    byLevel.forEach((level, figures) -> {
      List<OptionalDouble> values = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String period : periods) {
        PeriodFigures p = figures.get(period);
        values.add(p == null ? OptionalDouble.empty() : value.apply(p));
        labels.add(p == null ? "-" : label.apply(p));
      }
      series.add(new LineChart.Series(level.orElse(ALL), values, labels));
    });
    return series;
  }

  /** A count of all customers per period, as a series. */
  private LineChart.Series counts(String name, Function<PeriodFigures, Long> count) {
    List<OptionalDouble> values = overall().stream().map(p -> OptionalDouble.of(count.apply(p))).toList();
    return new LineChart.Series(name, values, overall().stream().map(p -> Long.toString(count.apply(p))).toList());
  }

  /** New and repeat customers per period, stacked, with the other customer counts in the table. */
  private void customers() {
    subsection(m, "customers", "New and repeat customers", "All customers whose first active activity ever "
        + "falls in the period (new, solid) and those active before it and again in it (repeat, hatched).");
    List<PeriodFigures> overall = overall();
    List<ColumnChart.Column> columns = new ArrayList<>();
    for (PeriodFigures p : overall) {
      CustomerFigures c = p.customers();
      columns.add(new ColumnChart.Column(p.period(), new long[] {c.newCustomers(), c.repeat()},
          p.period() + ": " + c.newCustomers() + " new, " + c.repeat() + " repeat"));
    }
    m.open("figure");
    new ColumnChart("New and repeat customers per period", "New customers below, repeat customers "
        + "stacked above, per period.", "period", "customers", List.of("new-customers", "repeat-customers"),
        columns, OptionalInt.empty(), "").draw(m, ids.get(), width(), 280);
    m.close("figure");
    table("customers", "Customers per period", List.of("New", "Repeat", "Active at start", "Active at end",
        "Churned", "Amount new", "Amount repeat"), i -> {
          CustomerFigures c = overall.get(i).customers();
          return List.of(Long.toString(c.newCustomers()), Long.toString(c.repeat()), Long.toString(c.activeAtStart()),
              Long.toString(c.active()), Long.toString(c.churned()), PledgeJson.plain(c.amountNew()).toPlainString(),
              PledgeJson.plain(c.amountRepeat()).toPlainString());
        });
    m.close("div").close("section");
  }

  /**
   * What a line chart shows.
   *
   * @param figure its key, in ids and {@code data-figure}
   * @param heading its heading
   * @param explanation what it counts
   * @param axis the value axis title
   * @param none what stands instead of the chart when no period has the figure
   */
  private record Chart(String figure, String heading, String explanation, String axis, String none) {}

  /** A line chart of {@code series} per period (or a note that there is none) beside a table of their labels. */
  private void lines(Chart chart, Scale scale, List<LineChart.Series> series) {
    subsection(m, chart.figure(), chart.heading(), chart.explanation());
    if (max(series).isEmpty()) {
      m.element("p", chart.none(), "class", "empty");
    } else {
      m.open("figure");
      new LineChart(chart.heading() + " per period", "One line per level and one for all customers; a gap "
          + "is a period without the figure.", "period", chart.axis(), periods, series, scale)
          .draw(m, ids.get(), width(), 300);
      m.close("figure");
    }
    table(chart.figure(), chart.heading() + " per period", series.stream().map(LineChart.Series::name).toList(),
        i -> series.stream().map(s -> s.labels().get(i)).toList());
    m.close("div").close("section");
  }

  /** Opens a subsection {@code measures-figure} and the pair of chart and table; the caller closes both. */
  static void subsection(Markup m, String figure, String heading, String explanation) {
    m.open("section", "id", "measures-" + figure).newline();
    m.element("h3", heading);
    m.element("p", explanation);
    m.open("div", "class", "pair").newline();
  }

  /** A table with a row per period: its name, then the cells {@code row} gives for its index. */
  private void table(String figure, String caption, List<String> headers, IntFunction<List<String>> row) {
    m.open("table", "class", "measures", "data-figure", figure).newline();
    m.element("caption", caption);
    m.open("thead").open("tr").element("th", "Period", "scope", "col");
    headers.forEach(h -> m.element("th", h, "scope", "col"));
    m.close("tr").close("thead").open("tbody").newline();
    for (int i = 0; i < periods.size(); i++) {
      m.open("tr", "data-period", periods.get(i)).element("th", periods.get(i), "scope", "row");
      List<String> cells = row.apply(i);
      for (int c = 0; c < cells.size(); c++) {
        m.element("td", cells.get(c), "class", "num", "data-column", headers.get(c));
      }
      m.close("tr");
    }
    m.close("tbody").close("table");
  }

  /** The figures of all customers, one per period: a report has them for every period. */
  private List<PeriodFigures> overall() {
    return List.copyOf(byLevel.getOrDefault(Optional.empty(), Map.of()).values());
  }

  /** The width of a chart over every period: about 30 pixels a period, within bounds. */
  private int width() {
    return Math.max(480, Math.min(1160, 30 * periods.size() + 90));
  }

  private static OptionalDouble hundred(OptionalDouble share) {
    return share.isPresent() ? OptionalDouble.of(100 * share.getAsDouble()) : share;
  }

  /** The greatest figure of {@code series}; empty when they have none. */
  private static OptionalDouble max(List<LineChart.Series> series) {
    return series.stream().flatMap(s -> s.values().stream()).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).max();
  }

  private static String counted(String share, long hits, long of) {
    return of == 0 ? "-" : share + " (" + hits + " of " + of + ")";
  }
}
