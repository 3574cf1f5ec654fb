package dev.pledge.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a metric is from a threshold: "120 of 180 XP, 60 to go".
 *
 * @param metric the metric's name
 * @param value its value in the running period (rollover included)
 * @param required the threshold ({@code atLeast})
 * @param remaining {@code required - value}, or zero once reached
 */
public record MetricProgress(String metric, BigDecimal value, BigDecimal required, BigDecimal remaining) {

  /** Checks the components. */
  public MetricProgress {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(remaining, "remaining");
  }

  /** The progress of {@code value} towards {@code required}. */
  public static MetricProgress of(String metric, BigDecimal value, BigDecimal required) {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(required, "required");
    return new MetricProgress(metric, value, required, required.subtract(value).max(BigDecimal.ZERO));
  }

  /** Whether the threshold is reached. */
  public boolean reached() {
    return remaining.signum() == 0;
  }

  /**
   * The progress as people read it: {@code "xp 190 of 300, 110 to go"}, or
   * {@code "xp 320 of 300, reached"}. Numbers are written in plain notation.
   */
  @Override
  public String toString() {
    return metric + " " + value.toPlainString() + " of " + required.toPlainString() + ", "
        + (reached() ? "reached" : remaining.toPlainString() + " to go");
  }
}
