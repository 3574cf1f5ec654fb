package dev.pledge.cli.output;

import dev.pledge.output.PledgeJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.plan.AuditRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders {@link AuditRow}s (docs/planning.md, "Output"): one JSON line per policy and metric (and
 * group), the candidate's figures under {@code "candidate"}; or a text table. Shares are numbers
 * from 0 to 1 rounded to 4 decimal places, durations ISO-8601, and a figure with no data null.
 */
public final class AuditJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private AuditJson() {}

  /** The row of the current configuration, or of the candidate only when {@code row} is empty. */
  public static ObjectNode line(Optional<AuditRow> row, Optional<AuditRow> candidate, boolean withCandidate) {
    AuditRow any = row.or(() -> candidate).orElseThrow();
    ObjectNode out = NODES.objectNode();
    out.put("policy", any.policy());
    out.put("metric", any.metric().wireName());
    any.group().ifPresent(g -> out.put("group", g));
    figures(out, row);
    if (withCandidate) {
      if (candidate.isPresent()) {
        figures(out.putObject("candidate"), candidate);
      } else {
        out.putNull("candidate");
      }
    }
    return out;
  }

  private static void figures(ObjectNode out, Optional<AuditRow> row) {
    count(out, "instances", row.map(AuditRow::instances));
    count(out, "decided", row.map(AuditRow::decided));
    count(out, "running", row.map(AuditRow::running));
    count(out, "achieved", row.map(AuditRow::achieved));
    Figures.put(out, "attainment", row.map(r -> r.attainment().share()).orElse(OptionalDouble.empty()));
    Figures.put(out, "low", row.map(r -> r.attainment().low()).orElse(OptionalDouble.empty()));
    Figures.put(out, "high", row.map(r -> r.attainment().high()).orElse(OptionalDouble.empty()));
    if (row.isPresent()) {
      out.put("objective", PledgeJson.plain(row.get().objective()));
      out.put("verdict", row.get().verdict().wireName());
      out.put("target", row.get().target().toString());
    } else {
      out.putNull("objective");
      out.putNull("verdict");
      out.putNull("target");
    }
    Optional<Duration> honest = row.flatMap(AuditRow::honestTarget);
    if (honest.isPresent()) {
      out.put("honestTarget", honest.get().toString());
    } else {
      out.putNull("honestTarget");
    }
  }

  /** The rows as a table: per row its figures, and with a candidate its attainment, verdict and targets beside. */
  public static String table(List<Optional<AuditRow>> rows, List<Optional<AuditRow>> candidates, boolean grouped,
      boolean withCandidate) {
    List<String> header = new ArrayList<>(List.of("policy", "metric"));
    if (grouped) {
      header.add("group");
    }
    header.addAll(List.of("decided", "running", "attainment", "95% interval", "objective", "verdict", "target",
        "honest target"));
    if (withCandidate) {
      header.addAll(List.of("candidate", "verdict", "target", "honest target"));
    }
    List<String[]> cells = new ArrayList<>();
    cells.add(header.toArray(new String[0]));
    for (int i = 0; i < rows.size(); i++) {
      Optional<AuditRow> theirs = withCandidate ? candidates.get(i) : Optional.empty();
      AuditRow any = rows.get(i).or(() -> theirs).orElseThrow();
      List<String> line = new ArrayList<>(List.of(any.policy(), any.metric().wireName()));
      if (grouped) {
        line.add(any.group().orElse(""));
      }
      Optional<AuditRow> r = rows.get(i);
      line.add(r.map(x -> Long.toString(x.decided())).orElse("-"));
      line.add(r.map(x -> Long.toString(x.running())).orElse("-"));
      line.add(r.map(x -> Figures.percent(x.attainment().share())).orElse("-"));
      line.add(r.map(x -> x.decided() == 0 ? "-" : Figures.percent(x.attainment().low()) + " - " + Figures.percent(x.attainment().high()))
          .orElse("-"));
      line.add(r.map(x -> ComplianceTable.percent(x.objective())).orElse("-"));
      line.add(r.map(x -> x.verdict().wireName()).orElse("-"));
      line.add(r.map(x -> x.target().toString()).orElse("-"));
      line.add(r.flatMap(AuditRow::honestTarget).map(ComplianceTable::seconds).map(Duration::toString).orElse("-"));
      if (withCandidate) {
        Optional<AuditRow> c = theirs;
        line.add(c.map(x -> Figures.percent(x.attainment().share())).orElse("-"));
        line.add(c.map(x -> x.verdict().wireName()).orElse("-"));
        line.add(c.map(x -> x.target().toString()).orElse("-"));
        line.add(c.flatMap(AuditRow::honestTarget).map(ComplianceTable::seconds).map(Duration::toString).orElse("-"));
      }
      cells.add(line.toArray(new String[0]));
    }
    int first = grouped ? 3 : 2;
    return TextTable.render(cells, c -> c < first || c == first + 5);
  }

  /** A count, or null where the row is missing (a row only the other configuration has). */
  private static void count(ObjectNode out, String field, Optional<Long> value) {
    if (value.isPresent()) {
      out.put(field, value.get().longValue());
    } else {
      out.putNull(field);
    }
  }
}
