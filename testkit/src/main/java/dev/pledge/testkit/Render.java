package dev.pledge.testkit;

import dev.pledge.report.ComplianceRow;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.MetricInstance;
import dev.pledge.tier.LevelProgress;
import dev.pledge.tier.MetricProgress;
import dev.pledge.tier.Requirement;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Renders the engines' results for failure messages: what the engine saw, one fact a line. */
final class Render {
  private Render() {}

  static String status(TierStatus s) {
    StringBuilder out = new StringBuilder();
    out.append("tier status in program ").append(s.program()).append(":\n")
        .append("  level ").append(s.level()).append(" (reason ").append(s.reason())
        .append(") since ").append(s.since()).append(", valid until ")
        .append(s.validUntil().map(Object::toString).orElse("-")).append('\n')
        .append("  metrics ").append(plain(s)).append('\n');
    s.progress().ifPresent(p -> progress(out, "next level", p));
    s.retain().ifPresent(p -> progress(out, "to retain", p));
    out.append("  history:");
    if (s.history().isEmpty()) {
      out.append(" (no change)");
    }
    for (TierChange c : s.history()) {
      out.append("\n    ").append(change(c));
    }
    return out.toString();
  }

  static String change(TierChange c) {
    return c.at() + " " + c.from() + " -> " + c.to() + " (" + c.reason() + c.note().map(n -> ": " + n)
        .orElse("") + ")";
  }

  private static String plain(TierStatus s) {
    TreeMap<String, String> values = new TreeMap<>();
    s.metrics().forEach((k, v) -> values.put(k, v.toPlainString()));
    return values.toString();
  }

  private static void progress(StringBuilder out, String title, LevelProgress p) {
    out.append("  ").append(title).append(": ").append(p.level()).append('\n');
    requirement(out, p.requirement(), 2);
  }

  private static void requirement(StringBuilder out, Requirement r, int depth) {
    out.append("  ".repeat(depth)).append(r.met() ? "[x] " : "[ ] ").append(r.type());
    r.metric().ifPresent(m -> out.append(' ').append(metric(m)));
    out.append('\n');
    for (Requirement child : r.of()) {
      requirement(out, child, depth + 1);
    }
  }

  private static String metric(MetricProgress m) {
    return m.metric() + ": " + m.value().toPlainString() + " of " + m.required().toPlainString()
        + (m.reached() ? "" : ", " + m.remaining().toPlainString() + " to go");
  }

  static String outcome(CaseOutcome o) {
    StringBuilder out = new StringBuilder();
    out.append("case ").append(o.caseId()).append(" as of ").append(o.asOf()).append(": ")
        .append(o.promise().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(o.policy().map(p -> " by policy " + p.id()).orElse("")).append('\n')
        .append("why:\n").append(indent(o.why().render())).append('\n')
        .append("instances:");
    if (o.instances().isEmpty()) {
      out.append(" (none)");
    }
    for (MetricInstance i : o.instances()) {
      out.append("\n  ").append(i);
    }
    return out.toString();
  }

  static String rows(List<ComplianceRow> rows) {
    StringBuilder out = new StringBuilder("compliance rows:");
    if (rows.isEmpty()) {
      out.append(" (none: no instance was counted)");
    }
    for (ComplianceRow r : rows) {
      out.append("\n  ").append(row(r));
    }
    return out.toString();
  }

  static String row(ComplianceRow r) {
    return r.policy() + " " + r.metric() + ": " + r.achieved() + " achieved, " + r.breached()
        + " breached, " + r.running() + " running, attainment "
        + r.attainment().map(Render::decimal).orElse("-") + ", objective "
        + r.objective().toPlainString() + (r.kept() ? ", kept" : ", NOT kept")
        + ", p50 " + r.p50().map(Object::toString).orElse("-")
        + ", p95 " + r.p95().map(Object::toString).orElse("-");
  }

  static String decimal(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  static String instant(Optional<Instant> i) {
    return i.map(Instant::toString).orElse("-");
  }

  private static String indent(String text) {
    return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("  (nothing)");
  }
}
