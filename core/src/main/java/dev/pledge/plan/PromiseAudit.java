package dev.pledge.plan;

import dev.pledge.report.Proportion;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds case outcomes into an honesty audit of every promise (docs/planning.md, "Audit"): per
 * policy and metric, and optionally per group, attainment with its 95 % Wilson interval against
 * the objective, a verdict, and the honest target — the smallest working-time target the history
 * would have met at the objective, exact from the elapsed times (8 bytes per decided instance are
 * kept for it).
 *
 * <p>Decided instances are those achieved or breached, as {@link dev.pledge.report.Compliance}
 * counts them; an instance breached and still running counts with its elapsed time so far (a lower
 * bound, already over its target). Mutable and not thread-safe.
 */
public final class PromiseAudit {
  private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.order)
      .thenComparing(k -> k.metric.ordinal()).thenComparing(k -> k.group.orElse(""));

  private record Key(String policy, Metric metric, Optional<String> group, int order) {}

  private final Map<String, Integer> policies = new LinkedHashMap<>();
  private final Map<Key, Rows> rows = new LinkedHashMap<>();

  private PromiseAudit() {}

  /** An empty audit. */
  public static PromiseAudit create() {
    return new PromiseAudit();
  }

  /** Counts every instance of {@code outcome} under its policy and metric; returns this audit. */
  public PromiseAudit add(CaseOutcome outcome) {
    return add(outcome, Optional.empty());
  }

  /** Counts every instance of {@code outcome} under its policy, metric and {@code group}; returns this audit. */
  public PromiseAudit add(CaseOutcome outcome, Optional<String> group) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(group, "group");
    for (MetricInstance i : outcome.instances()) {
      int order = policies.computeIfAbsent(i.policy().id(), p -> policies.size());
      rows.computeIfAbsent(new Key(i.policy().id(), i.metric(), group, order),
          k -> new Rows(i.policy().objective(), i.target())).add(i);
    }
    return this;
  }

  /**
   * One row per policy, metric and group seen: policies in order of first appearance, then by
   * metric, then by group name.
   */
  public List<AuditRow> rows() {
    List<Key> keys = new ArrayList<>(rows.keySet());
    keys.sort(ORDER);
    List<AuditRow> out = new ArrayList<>(keys.size());
    for (Key k : keys) {
      out.add(rows.get(k).row(k.policy, k.metric, k.group));
    }
    return List.copyOf(out);
  }

  /** The row of {@code policy} and {@code metric} without a group, if any instance was counted. */
  public Optional<AuditRow> row(String policy, Metric metric) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Integer order = policies.get(policy);
    Rows r = order == null ? null : rows.get(new Key(policy, metric, Optional.empty(), order));
    return r == null ? Optional.empty() : Optional.of(r.row(policy, metric, Optional.empty()));
  }

  /**
   * The smallest of {@code elapsed} that at least {@code objective} of them are at or under: the
   * ⌈objective × n⌉-th smallest; empty when there is none.
   */
  public static Optional<Duration> honestTarget(List<Duration> elapsed, BigDecimal objective) {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(objective, "objective");
    long[] nanos = new long[elapsed.size()];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = elapsed.get(i).toNanos();
    }
    return honest(nanos, nanos.length, objective);
  }

  private static Optional<Duration> honest(long[] nanos, int n, BigDecimal objective) {
    if (n == 0) {
      return Optional.empty();
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int k = objective.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    return Optional.of(Duration.ofNanos(sorted[Math.max(1, Math.min(k, n)) - 1]));
  }

  /** The counts and decided elapsed times of one key. */
  private static final class Rows {
    final BigDecimal objective;
    final Duration target;
    long instances;
    long achieved;
    long breached;
    long running;
    long[] elapsed = new long[8];

    Rows(BigDecimal objective, Duration target) {
      this.objective = objective;
      this.target = target;
    }

    void add(MetricInstance i) {
      instances++;
      if (i.state() == InstanceState.ACHIEVED) {
        achieved++;
      } else if (i.state() == InstanceState.BREACHED) {
        breached++;
      } else {
        running++;
        return;
      }
      int n = (int) (achieved + breached);
      if (n > elapsed.length) {
        elapsed = Arrays.copyOf(elapsed, elapsed.length * 2);
      }
      elapsed[n - 1] = i.elapsed().toNanos();
    }

    AuditRow row(String policy, Metric metric, Optional<String> group) {
      long decided = achieved + breached;
      Proportion attainment = new Proportion(achieved, decided);
      Verdict verdict = decided == 0 ? Verdict.NO_DATA
          : BigDecimal.valueOf(achieved).compareTo(objective.multiply(BigDecimal.valueOf(decided))) >= 0
              ? Verdict.KEPT
              : attainment.high().getAsDouble() < objective.doubleValue() ? Verdict.OVER_PROMISED : Verdict.AT_RISK;
      return new AuditRow(policy, metric, group, instances, running, attainment, objective, verdict, target,
          honest(elapsed, (int) decided, objective));
    }
  }
}
