package dev.pledge.report;

import dev.pledge.report.internal.QuantileSketch;
import dev.pledge.report.internal.Tally;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Folds any number of {@link CaseOutcome}s into promised versus delivered, per policy and metric:
 * counts, attainment against the objective, and percentiles of elapsed working time.
 *
 * <p>Streaming: memory is constant per policy and metric (about 24 KiB), whatever the number of
 * cases. Percentiles come from a logarithmic-bucket sketch: each is within 0.5 % of the exact
 * nearest-rank percentile (within half a millisecond below one millisecond; zero is exact).
 *
 * <p>Mutable and not thread-safe: fold in one thread, or fold per thread and {@link #merge}.
 */
public final class Compliance {
  private static final MathContext ATTAINMENT = new MathContext(16, RoundingMode.HALF_EVEN);

  private final Map<String, Tally[]> tallies = new LinkedHashMap<>();

  /** An empty fold. */
  public static Compliance create() {
    return new Compliance();
  }

  /** A collector that folds a stream of outcomes; parallel streams merge per-thread folds. */
  public static Collector<CaseOutcome, ?, Compliance> collector() {
    return Collector.of(Compliance::new, Compliance::add, Compliance::merge);
  }

  /** Counts every instance of {@code outcome}; returns this fold. */
  public Compliance add(CaseOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    for (MetricInstance instance : outcome.instances()) {
      add(instance);
    }
    return this;
  }

  /** Counts one instance under its policy and metric; returns this fold. */
  public Compliance add(MetricInstance instance) {
    Objects.requireNonNull(instance, "instance");
    int m = instance.metric().ordinal();
    Tally[] row = row(instance.policy().id(), m);
    if (row[m] == null) {
      row[m] = new Tally(instance.policy().objective());
    }
    row[m].add(instance);
    return this;
  }

  /** The tallies of {@code policy}, one slot per metric, with room for ordinal {@code m}. */
  private Tally[] row(String policy, int m) {
    Tally[] row = tallies.computeIfAbsent(policy, id -> new Tally[Metric.values().length]);
    if (m >= row.length) { // a metric made with Metric.of
      row = Arrays.copyOf(row, m + 1);
      tallies.put(policy, row);
    }
    return row;
  }

  /** Adds every count of {@code other} into this fold; returns this fold. */
  public Compliance merge(Compliance other) {
    Objects.requireNonNull(other, "other");
    other.tallies.forEach((policy, theirs) -> {
      Tally[] mine = row(policy, theirs.length - 1);
      for (int m = 0; m < theirs.length; m++) {
        if (theirs[m] != null) {
          if (mine[m] == null) {
            mine[m] = new Tally(theirs[m].objective);
          }
          mine[m].merge(theirs[m]);
        }
      }
    });
    return this;
  }

  /** One row per policy and metric seen: policies in order of first appearance, then by metric. */
  public List<ComplianceRow> rows() {
    List<ComplianceRow> rows = new ArrayList<>();
    tallies.forEach((policy, row) -> {
      for (Metric metric : Metric.all()) {
        Tally t = metric.ordinal() < row.length ? row[metric.ordinal()] : null;
        if (t != null) {
          rows.add(toRow(policy, metric, t));
        }
      }
    });
    return List.copyOf(rows);
  }

  /** The row of {@code policy} and {@code metric}, if any instance of it was counted. */
  public Optional<ComplianceRow> row(String policy, Metric metric) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Tally[] row = tallies.get(policy);
    return row == null || metric.ordinal() >= row.length || row[metric.ordinal()] == null
        ? Optional.empty() : Optional.of(toRow(policy, metric, row[metric.ordinal()]));
  }

  /** Whether every row's objective is kept (true when nothing was counted). */
  public boolean allKept() {
    return rows().stream().allMatch(ComplianceRow::kept);
  }

  private static ComplianceRow toRow(String policy, Metric metric, Tally t) {
    long decided = t.achieved + t.breached;
    Optional<BigDecimal> attainment = decided == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(t.achieved).divide(BigDecimal.valueOf(decided), ATTAINMENT));
    boolean kept = BigDecimal.valueOf(t.achieved)
        .compareTo(t.objective.multiply(BigDecimal.valueOf(decided))) >= 0;
    return new ComplianceRow(policy, metric, t.instances, t.achieved, t.breached, t.running,
        attainment, t.objective, kept, quantile(t.elapsed, 0.50), quantile(t.elapsed, 0.90),
        quantile(t.elapsed, 0.95));
  }

  private static Optional<Duration> quantile(QuantileSketch sketch, double q) {
    return sketch.count() == 0 ? Optional.empty() : Optional.of(sketch.quantile(q));
  }
}
