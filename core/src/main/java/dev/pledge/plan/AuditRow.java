package dev.pledge.plan;

import dev.pledge.report.Proportion;
import dev.pledge.sla.Metric;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit of one policy and metric, overall or within one group (a channel, a level, a
 * priority, an hour of the week, a week).
 *
 * @param policy the policy's id
 * @param metric the metric
 * @param group the group, or empty for all the policy's instances
 * @param instances every instance counted
 * @param running those still running and not yet breached, counted apart
 * @param attainment achieved of decided (achieved or breached), with its 95 % Wilson interval
 * @param objective the share the policy promises
 * @param verdict kept, at risk, over-promised, or no data
 * @param target the working-time target promised
 * @param honestTarget the smallest target the decided instances would have met at the objective:
 *     the ⌈objective × decided⌉-th smallest elapsed working time; empty without decided instances
 */
public record AuditRow(String policy, Metric metric, Optional<String> group, long instances, long running,
    Proportion attainment, BigDecimal objective, Verdict verdict, Duration target, Optional<Duration> honestTarget) {

  /** Checks the components. */
  public AuditRow {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(honestTarget, "honestTarget");
  }

  /** Achieved or breached. */
  public long decided() {
    return attainment.n();
  }

  /** Achieved. */
  public long achieved() {
    return attainment.hits();
  }
}
