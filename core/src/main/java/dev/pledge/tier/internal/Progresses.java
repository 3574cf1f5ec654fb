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
    List<Requirement> parts = new java.util.ArrayList<>(children.size());
    for (Condition c : children) {
      parts.add(of(c, facts));
    }
    return new Requirement(condition.type(), condition.test(facts), Optional.empty(), parts);
  }

  /**
   * The threshold of a level on {@code metric} for rollover: the highest {@code atLeast} on the
   * metric in {@code qualify} that {@code value} meets, else the lowest one, else zero.
   */
  static BigDecimal threshold(Optional<Condition> qualify, String metric, BigDecimal value) {
    BigDecimal[] metAndLowest = new BigDecimal[2];
    qualify.ifPresent(q -> walk(q, metric, value, metAndLowest));
    if (metAndLowest[0] != null) {
      return metAndLowest[0];
    }
    return metAndLowest[1] != null ? metAndLowest[1] : BigDecimal.ZERO;
  }

  private static void walk(Condition c, String metric, BigDecimal value, BigDecimal[] acc) {
    if (c instanceof MetricThreshold t && t.metric().equals(metric)) {
      BigDecimal at = t.atLeast();
      if (value.compareTo(at) >= 0 && (acc[0] == null || at.compareTo(acc[0]) > 0)) {
        acc[0] = at;
      }
      if (acc[1] == null || at.compareTo(acc[1]) < 0) {
        acc[1] = at;
      }
    }
    c.children().forEach(child -> walk(child, metric, value, acc));
  }
}
