package dev.pledge.rule;

import java.math.BigDecimal;

/**
 * A condition that asks for a metric to reach a value. Tier programs read it to report progress
 * ("120 of 180 XP, 60 to go") and what is needed to retain a level.
 */
public interface MetricThreshold {

  /** The metric's name. */
  String metric();

  /** The value the metric must reach (inclusive). */
  BigDecimal atLeast();
}
