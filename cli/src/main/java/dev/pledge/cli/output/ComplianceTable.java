package dev.pledge.cli.output;

import dev.pledge.output.PledgeJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.report.ComplianceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders {@link ComplianceRow}s: as an aligned text table (attainment and objective in percent
 * to one decimal) or as JSON objects (exact decimals, ISO-8601 durations, null when undefined).
 */
public final class ComplianceTable {
  private static final String[] HEADER = {"policy", "metric", "instances", "achieved", "breached",
      "running", "attainment", "objective", "kept", "p50", "p90", "p95"};
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ComplianceTable() {}

  /** The rows as a table, one line each after a header line; each line ends with a newline. */
  public static String table(List<ComplianceRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (ComplianceRow r : rows) {
      cells.add(new String[] {r.policy(), r.metric().wireName(), Long.toString(r.instances()),
          Long.toString(r.achieved()), Long.toString(r.breached()), Long.toString(r.running()),
          r.attainment().map(ComplianceTable::percent).orElse("-"), percent(r.objective()),
          r.kept() ? "yes" : "NO", duration(r.p50()), duration(r.p90()), duration(r.p95())});
    }
    return TextTable.render(cells, i -> i < 2 || i == 8);
  }

  /** One row as a JSON object. */
  public static ObjectNode json(ComplianceRow r) {
    ObjectNode out = NODES.objectNode();
    out.put("policy", r.policy());
    out.put("metric", r.metric().wireName());
    out.put("instances", r.instances());
    out.put("achieved", r.achieved());
    out.put("breached", r.breached());
    out.put("running", r.running());
    if (r.attainment().isPresent()) {
      out.put("attainment", PledgeJson.plain(r.attainment().get().stripTrailingZeros()));
    } else {
      out.putNull("attainment");
    }
    out.put("objective", PledgeJson.plain(r.objective()));
    out.put("kept", r.kept());
    durationField(out, "p50", r.p50());
    durationField(out, "p90", r.p90());
    durationField(out, "p95", r.p95());
    return out;
  }

  /** A fraction as a percentage with one decimal: {@code 0.955} is {@code 95.5%}. */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static String duration(Optional<Duration> d) {
    return d.map(ComplianceTable::seconds).map(Duration::toString).orElse("-");
  }

  /**
   * A percentile to the nearest second: the sketch is only within 0.5 % anyway, and
   * {@code PT3H0.71031891S} reads worse than {@code PT3H1S}.
   */
  public static Duration seconds(Duration d) {
    return Duration.ofSeconds(d.getSeconds() + (d.getNano() >= 500_000_000 ? 1 : 0));
  }

  private static void durationField(ObjectNode out, String field, Optional<Duration> d) {
    if (d.isPresent()) {
      out.put(field, seconds(d.get()).toString());
    } else {
      out.putNull(field);
    }
  }
}
