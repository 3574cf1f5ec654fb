package dev.pledge.testkit;

import dev.pledge.report.Compliance;
import dev.pledge.report.ComplianceRow;
import dev.pledge.sla.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Compliance} fold: promised versus delivered per policy and metric. Every
 * failure message lists every row (counts, attainment, objective, whether kept, percentiles).
 */
public final class ComplianceAssert extends AbstractObjectAssert<ComplianceAssert, Compliance> {

  ComplianceAssert(Compliance actual) {
    super(actual, ComplianceAssert.class);
  }

  /**
   * Verifies that {@code policy}'s objective on {@code metric} is kept: at least the objective's
   * share of decided instances was achieved. Fails when no instance of it was counted.
   */
  public ComplianceAssert meetsObjective(String policy, Metric metric) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    ComplianceRow row = row(policy, metric);
    if (!row.kept()) {
      fail("Expected policy " + policy + " to meet its objective on " + metric + " but it did not: "
          + Render.row(row));
    }
    return this;
  }

  /** Like {@link #meetsObjective(String, Metric)} with the metric written as in JSON. */
  public ComplianceAssert meetsObjective(String policy, String metric) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    return meetsObjective(policy, metric(metric));
  }

  /** Verifies that {@code policy}'s objective on {@code metric} is not kept. */
  public ComplianceAssert missesObjective(String policy, Metric metric) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    ComplianceRow row = row(policy, metric);
    if (row.kept()) {
      fail("Expected policy " + policy + " to miss its objective on " + metric + " but it kept it: "
          + Render.row(row));
    }
    return this;
  }

  /** Verifies that every row's objective is kept (true when nothing was counted). */
  public ComplianceAssert meetsEveryObjective() {
    isNotNull();
    if (!actual.allKept()) {
      fail("Expected every objective to be kept but some were not");
    }
    return this;
  }

  /**
   * Verifies that the attainment (achieved / decided) of {@code policy} on {@code metric} is at least
   * {@code minimum}. Fails when no instance is decided yet.
   */
  public ComplianceAssert attainmentAtLeast(String policy, Metric metric, BigDecimal minimum) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(minimum, "minimum");
    ComplianceRow row = row(policy, metric);
    if (row.attainment().isEmpty() || row.attainment().get().compareTo(minimum) < 0) {
      fail("Expected attainment of policy " + policy + " on " + metric + " to be at least "
          + minimum.toPlainString() + " but it was "
          + row.attainment().map(Render::decimal).orElse("undecided (no instance finished)"));
    }
    return this;
  }

  /** Like {@link #attainmentAtLeast(String, Metric, BigDecimal)} with the metric written as in JSON. */
  public ComplianceAssert attainmentAtLeast(String policy, String metric, BigDecimal minimum) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(minimum, "minimum");
    return attainmentAtLeast(policy, metric(metric), minimum);
  }

  private ComplianceRow row(String policy, Metric metric) {
    isNotNull();
    return actual.row(policy, metric).orElseGet(() -> {
      fail("Expected a row for policy " + policy + " and " + metric + " but no instance of it was counted");
      throw new AssertionError("unreachable");
    });
  }

  private static Metric metric(String name) {
    return Metric.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown metric \"" + name + "\"; expected one of " + List.of(Metric.values())));
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\n" + Render.rows(actual.rows()));
  }
}
