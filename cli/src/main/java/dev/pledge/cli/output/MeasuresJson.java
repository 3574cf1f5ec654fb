package dev.pledge.cli.output;

import dev.pledge.output.PledgeJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.measure.BrokenPromises;
import dev.pledge.measure.Csat;
import dev.pledge.measure.CustomerFigures;
import dev.pledge.measure.Nps;
import dev.pledge.measure.PeriodFigures;
import dev.pledge.measure.Requests;
import dev.pledge.report.Proportion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders the measures (docs/measures.md, "Output"): one JSON line per period and level, then one
 * with the cost of a broken promise; or a text table. Counts are whole numbers, every other figure
 * is rounded to 4 decimal places (half even), and a figure with no data is {@code null}.
 */
public final class MeasuresJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String[] HEADER = {"period", "level", "csat", "rated", "mean", "nps", "answers",
      "active", "new", "repeat", "churned", "churn", "opened", "change"};

  private MeasuresJson() {}

  /** One period's line. */
  public static ObjectNode line(PeriodFigures p) {
    ObjectNode out = NODES.objectNode();
    out.put("period", p.period());
    if (p.level().isPresent()) {
      out.put("level", p.level().get());
    } else {
      out.putNull("level");
    }
    ObjectNode csat = csat(p.csat());
    csat.set("byChannel", csats(p.csatByChannel()));
    csat.set("byPolicy", csats(p.csatByPolicy()));
    out.set("csat", csat);
    out.set("nps", nps(p.nps()));
    out.set("customers", customers(p.customers()));
    out.set("requests", requests(p.requests()));
    return out;
  }

  /** The closing line: {@code {"brokenPromises": {...}, "verdict": "..."}}. */
  public static ObjectNode brokenPromises(BrokenPromises b) {
    ObjectNode out = NODES.objectNode();
    ObjectNode costs = out.putObject("brokenPromises");
    costs.set("csatKept", proportion(b.csatKept()));
    costs.set("csatBroken", proportion(b.csatBroken()));
    costs.set("churnKept", proportion(b.churnKept()));
    costs.set("churnBroken", proportion(b.churnBroken()));
    Figures.put(costs, "csatDifference", b.csatDifference());
    Figures.put(costs, "churnDifference", b.churnDifference());
    costs.put("enoughCsatData", b.enoughCsatData());
    costs.put("enoughChurnData", b.enoughChurnData());
    out.put("verdict", b.verdict());
    return out;
  }

  /** Every period and level as an aligned table (shares in percent), then the verdict. */
  public static String table(List<PeriodFigures> periods, BrokenPromises b) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (PeriodFigures p : periods) {
      CustomerFigures c = p.customers();
      cells.add(new String[] {p.period(), p.level().orElse("all"), Figures.percent(p.csat().share()),
          Long.toString(p.csat().rated()), Figures.fixed(p.csat().mean(), 2), Figures.fixed(p.nps().score(), 1),
          Long.toString(p.nps().answers()), Long.toString(c.active()), Long.toString(c.newCustomers()),
          Long.toString(c.repeat()), Long.toString(c.churned()), Figures.percent(c.churnRate()),
          Long.toString(p.requests().opened()), signed(p.requests().change())});
    }
    StringBuilder out = new StringBuilder(TextTable.render(cells, i -> i < 2));
    out.append('\n').append("broken promises: satisfied ").append(share(b.csatKept())).append(" after kept, ")
        .append(share(b.csatBroken())).append(" after broken; churned ").append(share(b.churnKept()))
        .append(" after kept, ").append(share(b.churnBroken())).append(" after broken\n")
        .append(b.verdict()).append('\n');
    return out.toString();
  }

  private static ObjectNode csat(Csat c) {
    ObjectNode out = NODES.objectNode();
    out.put("rated", c.rated());
    out.put("satisfied", c.satisfied());
    Figures.put(out, "share", c.share());
    Figures.put(out, "mean", c.mean());
    return out;
  }

  private static ObjectNode csats(Map<String, Csat> byKey) {
    ObjectNode out = NODES.objectNode();
    byKey.forEach((key, c) -> out.set(key, csat(c)));
    return out;
  }

  private static ObjectNode nps(Nps n) {
    ObjectNode out = NODES.objectNode();
    out.put("answers", n.answers());
    out.put("promoters", n.promoters());
    out.put("passives", n.passives());
    out.put("detractors", n.detractors());
    Figures.put(out, "score", n.score());
    return out;
  }

  private static ObjectNode customers(CustomerFigures c) {
    ObjectNode out = NODES.objectNode();
    out.put("activeAtStart", c.activeAtStart());
    out.put("active", c.active());
    out.put("new", c.newCustomers());
    out.put("repeat", c.repeat());
    out.put("churned", c.churned());
    Figures.put(out, "churnRate", c.churnRate());
    out.put("amountNew", PledgeJson.plain(c.amountNew()));
    out.put("amountRepeat", PledgeJson.plain(c.amountRepeat()));
    return out;
  }

  private static ObjectNode requests(Requests r) {
    ObjectNode out = NODES.objectNode();
    out.put("opened", r.opened());
    out.set("byChannel", counts(r.byChannel()));
    out.set("byTag", counts(r.byTag()));
    out.set("byPolicy", counts(r.byPolicy()));
    out.put("unpromised", r.unpromised());
    Figures.put(out, "change", r.change());
    Figures.put(out, "perThousandActive", r.perThousandActive());
    return out;
  }

  private static ObjectNode counts(Map<String, Long> byKey) {
    ObjectNode out = NODES.objectNode();
    byKey.forEach(out::put);
    return out;
  }

  private static ObjectNode proportion(Proportion p) {
    ObjectNode out = NODES.objectNode();
    Figures.put(out, "share", p.share());
    Figures.put(out, "low", p.low());
    Figures.put(out, "high", p.high());
    out.put("n", p.n());
    out.put("hits", p.hits());
    return out;
  }

  private static String signed(OptionalDouble change) {
    return change.isPresent() ? (change.getAsDouble() > 0 ? "+" : "") + Figures.fixed(change, 1) + "%" : "-";
  }

  private static String share(Proportion p) {
    return p.n() == 0 ? "-" : Figures.percent(p.share()) + " of " + p.n() + " [" + Figures.percent(p.low()) + ", "
        + Figures.percent(p.high()) + "]";
  }
}
