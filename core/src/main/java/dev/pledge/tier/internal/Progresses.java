package dev.pledge.tier.internal;

import dev.pledge.rule.Condition;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.tier.MetricProgress;
import dev.pledge.tier.Requirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Turns a {@code qualify} condition into progress by walking its tree. */
final class Progresses {
  private Progresses() {}

  /** The requirement tree of {@code condition} against {@code facts}; an unknown metric counts as zero. */
  static Requirement of(Condition condition, Facts facts) {
    if (condition instanceof MetricThreshold t) {
      BigDecimal value = facts.metric(t.metric()).orElse(BigDecimal.ZERO);
      return new Requirement(condition.type(), condition.test(facts),
          Optional.of(MetricProgress.of(t.metric(), value, t.atLeast())), List.of());
    }
    List<Condition> children = condition.children();
    Requirement[] parts = new Requirement[children.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = of(children.get(i), facts);
    }
    // An immutable list, which the record keeps as it is instead of copying.
    return new Requirement(condition.type(), condition.test(facts), Optional.empty(), List.of(parts));
  }

  /**
   * The threshold of a level on the rollover metric: the highest {@code atLeast} that {@code value}
   * meets, else the lowest one, else zero; {@code thresholds} are the level's {@code atLeast}s on
   * the metric, depth first (ties: the first met).
   */
  static BigDecimal threshold(BigDecimal[] thresholds, BigDecimal value) {
    BigDecimal met = null;
    BigDecimal lowest = null;
    for (BigDecimal at : thresholds) {
      if (value.compareTo(at) >= 0 && (met == null || at.compareTo(met) > 0)) {
        met = at;
      }
      if (lowest == null || at.compareTo(lowest) < 0) {
        lowest = at;
      }
    }
    if (met != null) {
      return met;
    }
    return lowest != null ? lowest : BigDecimal.ZERO;
  }
}
