package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.plan.StaffingInterval;
import dev.pledge.plan.StaffingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code pledge staff} (docs/cli.md, "staff"): one JSON line per interval, then a summary
 * line; or a text table with two footer lines. Instants are UTC; arrivals and traffic are rounded
 * to 3 decimal places, shares (service level, occupancy) to 4, the average speed of answer to a
 * tenth of a second and the agent-hours to 2 (half even, no trailing zeros).
 */
public final class StaffingJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String[] HEADER = {"from", "to", "local", "arrivals", "traffic", "agents", "service",
      "asa", "occupancy", "staff"};
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private StaffingJson() {}

  /** One interval's line: {@code {"from","to","arrivals","traffic","agents","serviceLevel","asa","occupancy","staff"}}. */
  public static ObjectNode line(StaffingInterval i) {
    ObjectNode out = NODES.objectNode();
    out.put("from", i.from().toString());
    out.put("to", i.to().toString());
    out.put("arrivals", Figures.rounded(i.arrivals(), 3));
    out.put("traffic", Figures.rounded(i.traffic(), 3));
    out.put("agents", i.agents());
    out.put("serviceLevel", Figures.rounded(i.serviceLevel(), 4));
    out.put("asa", tenths(i.asa()).toString());
    out.put("occupancy", Figures.rounded(i.occupancy(), 4));
    out.put("staff", i.staff());
    return out;
  }

  /** The closing line: {@code {"worst": {interval} or null, "agentHours": N}}. */
  public static ObjectNode summary(StaffingPlan plan) {
    ObjectNode out = NODES.objectNode();
    if (plan.worst().isPresent()) {
      out.set("worst", line(plan.worst().get()));
    } else {
      out.putNull("worst");
    }
    out.put("agentHours", Figures.rounded(plan.agentHours(), 2));
    return out;
  }

  /**
   * The plan as a table, a row per interval with its start's day and time in {@code zone}
   * ({@code local}), shares in percent; then the lines {@code worst: ...} and {@code agent-hours: N}.
   */
  public static String table(StaffingPlan plan, ZoneId zone) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (StaffingInterval i : plan.intervals()) {
      rows.add(new String[] {i.from().toString(), i.to().toString(), local(i, zone),
          Figures.rounded(i.arrivals(), 3).toPlainString(), Figures.rounded(i.traffic(), 3).toPlainString(),
          String.valueOf(i.agents()), Figures.percent(i.serviceLevel()), seconds(i.asa()), Figures.percent(i.occupancy()),
          String.valueOf(i.staff())});
    }
    StringBuilder out = new StringBuilder(TextTable.render(rows, c -> c < 3));
    out.append("worst: ").append(plan.worst().map(i -> i.from() + " (" + local(i, zone) + "): " + i.staff()
        + " staff, " + i.agents() + (i.agents() == 1 ? " agent" : " agents") + " for "
        + Figures.rounded(i.arrivals(), 3).toPlainString() + " arrivals, " + Figures.percent(i.serviceLevel()) + " answered in time")
        .orElse("none")).append('\n');
    out.append("agent-hours: ").append(Figures.rounded(plan.agentHours(), 2).toPlainString()).append('\n');
    return out.toString();
  }

  /** The interval's start as day and time in {@code zone}: {@code Mon 2026-03-02 09:00}. */
  public static String local(StaffingInterval i, ZoneId zone) {
    var at = i.from().atZone(zone);
    return at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + at.toLocalDate() + " "
        + CLOCK.format(at);
  }

  /** A duration in seconds to a tenth: {@code 12.3s}. */
  public static String seconds(Duration d) {
    Duration t = tenths(d);
    return BigDecimal.valueOf(t.toMillis(), 3).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "s";
  }

  /** {@code d} to a tenth of a second, half even. */
  static Duration tenths(Duration d) {
    BigDecimal s = new BigDecimal(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).setScale(1, RoundingMode.HALF_EVEN);
    return Duration.ofMillis(s.movePointRight(3).longValueExact());
  }
}
