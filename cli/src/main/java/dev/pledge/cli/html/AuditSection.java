package dev.pledge.cli.html;

import dev.pledge.cli.output.Figures;
import dev.pledge.cli.output.ComplianceTable;
import dev.pledge.plan.AuditRow;
import java.time.Duration;
import java.util.List;

/**
 * The honesty audit as a table (the figures of {@code pledge audit}): per policy and metric,
 * attainment with its 95 % Wilson interval against the objective, the verdict, and the honest
 * target beside the promised one.
 */
final class AuditSection {
  private final Markup m;
  private final List<AuditRow> rows;

  AuditSection(Markup m, List<AuditRow> rows) {
    this.m = m;
    this.rows = rows;
  }

  void draw() {
    m.open("section", "id", "audit").newline();
    m.element("h2", "Is each promise honest?");
    m.element("p", "Per policy and metric: attainment over the decided instances with its 95% Wilson interval. "
        + "Over-promised: even the top of the interval is below the objective. At risk: below it, but the "
        + "interval reaches it. The honest target is the smallest target the history would have met at the "
        + "objective (pledge audit; docs/planning.md).");
    m.open("table", "class", "audit").newline();
    m.element("caption", "The audit of every promise");
    m.open("thead").open("tr");
    for (String h : List.of("Policy", "Metric", "Decided", "Running", "Attainment", "95% interval", "Objective",
        "Verdict", "Target", "Honest target")) {
      m.element("th", h, "scope", "col");
    }
    m.close("tr").close("thead").open("tbody").newline();
    for (AuditRow r : rows) {
      m.open("tr", "data-policy", r.policy(), "data-metric", r.metric().wireName(), "data-verdict",
          r.verdict().wireName());
      m.element("th", r.policy(), "scope", "row").element("td", r.metric().wireName());
      m.element("td", Long.toString(r.decided()), "class", "num").element("td", Long.toString(r.running()), "class", "num");
      m.element("td", Figures.percent(r.attainment().share()), "class", "num");
      m.element("td", r.decided() == 0 ? "-" : Figures.percent(r.attainment().low()) + " – "
          + Figures.percent(r.attainment().high()), "class", "num");
      m.element("td", ComplianceTable.percent(r.objective()), "class", "num");
      m.element("td", r.verdict().wireName(), "class", "verdict " + r.verdict().wireName());
      m.element("td", r.target().toString(), "class", "num");
      m.element("td", r.honestTarget().map(ComplianceTable::seconds).map(Duration::toString).orElse("-"), "class", "num");
      m.close("tr");
    }
    m.close("tbody").close("table").close("section");
  }
}
