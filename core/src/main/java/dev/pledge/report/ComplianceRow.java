package dev.pledge.report;

import dev.pledge.InvalidValueException;
import dev.pledge.sla.Metric;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Promised versus delivered for one policy and metric, over every outcome folded into a
 * {@link Compliance}.
 *
 * @param policy the policy's id
 * @param metric the metric
 * @param instances every instance counted: {@code achieved + breached + running}
 * @param achieved instances that stopped by their deadline
 * @param breached instances past their deadline, stopped or not (nothing can undo a breach)
 * @param running instances still running and not past their deadline (active or paused)
 * @param attainment {@code achieved / (achieved + breached)}, to 16 significant digits; empty when
 *     no instance is decided yet
 * @param objective the policy's objective
 * @param kept whether {@code achieved >= objective * (achieved + breached)}, compared exactly;
 *     true when nothing is decided yet (no promise was broken)
 * @param p50 the median elapsed working time of finished instances; empty when none finished
 * @param p90 the 90th percentile of the same
 * @param p95 the 95th percentile of the same
 */
public record ComplianceRow(String policy, Metric metric, long instances, long achieved,
    long breached, long running, Optional<BigDecimal> attainment, BigDecimal objective,
    boolean kept, Optional<Duration> p50, Optional<Duration> p90, Optional<Duration> p95) {

  /** Checks the components. */
  public ComplianceRow {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p90, "p90");
    Objects.requireNonNull(p95, "p95");
    if (instances != achieved + breached + running) {
      throw new InvalidValueException("instances", "instances (" + instances
          + ") must equal achieved + breached + running");
    }
  }
}
