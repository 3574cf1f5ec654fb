package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Carries a metric's surplus into the next period: at each period end (or level change under
 * {@code since-level-change}) the surplus of the metric over the threshold of the level reached,
 * capped at {@code max}, becomes the new period's opening value.
 *
 * @param metric the metric's name
 * @param max the most that carries over; zero or more (zero carries nothing)
 */
public record Rollover(String metric, BigDecimal max) {

  /** Checks the components. */
  public Rollover {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(max, "max");
    if (max.signum() < 0) {
      throw new InvalidValueException("max", "rollover max must be zero or more, but was " + max.toPlainString());
    }
  }
}
