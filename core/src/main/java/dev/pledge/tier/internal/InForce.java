package dev.pledge.tier.internal;

import dev.pledge.rule.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The conditions in force for one replay's running period, per level: {@code qualify} and
 * {@code retain} (from {@code qualifyFrom} and {@code retainFrom} for the period's first day) and the
 * qualify's thresholds on the rollover metric. Without dated conditions, the plan's own arrays.
 * Not thread-safe.
 */
final class InForce {
  private final Plan plan;
  private final Condition[] qualify;
  private final BigDecimal[][] rolloverThresholds;
  private final Condition[] retain;

  InForce(Plan plan) {
    this.plan = plan;
    this.qualify = plan.dated ? plan.qualify.clone() : plan.qualify;
    this.rolloverThresholds = plan.dated ? plan.rolloverThresholds.clone() : plan.rolloverThresholds;
    this.retain = plan.dated ? plan.retain.clone() : plan.retain;
  }

  /** A period starts on {@code day}: its conditions replace those of the period before. */
  void periodStarts(LocalDate day) {
    if (plan.dated) {
      plan.inForce(day, qualify, rolloverThresholds, retain);
    }
  }

  /** The highest level above {@code above} whose qualify {@code metrics} satisfy, or {@code above}. */
  int highestQualified(MetricSet metrics, int above) {
    for (int lvl = qualify.length - 1; lvl > above; lvl--) {
      if (qualify[lvl] != null && qualify[lvl].test(metrics.facts())) {
        return lvl;
      }
    }
    return above;
  }

  /** The lowest level above {@code level} that has a qualify, or {@code level} at the top. */
  int nextEarnable(int level) {
    for (int lvl = level + 1; lvl < qualify.length; lvl++) {
      if (qualify[lvl] != null) {
        return lvl;
      }
    }
    return level;
  }

  /** Whether {@code level} has a retain that {@code metrics} satisfy. */
  boolean retains(int level, MetricSet metrics) {
    return retain[level] != null && retain[level].test(metrics.facts());
  }

  /** {@code level}'s thresholds on the rollover metric (see {@link Progresses#threshold}). */
  BigDecimal[] rolloverThresholds(int level) {
    return rolloverThresholds[level];
  }

  Optional<Condition> qualify(int level) {
    return Optional.ofNullable(qualify[level]);
  }

  Optional<Condition> retain(int level) {
    return Optional.ofNullable(retain[level]);
  }
}
