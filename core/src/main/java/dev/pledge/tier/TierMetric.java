package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.MetricType;
import java.util.Objects;

/**
 * A named metric of a tier program: a compiled metric and the filter applied before an activity
 * reaches it. Membership events ({@code subscription}, {@code override}, {@code challenge}) never
 * reach a metric.
 *
 * @param name the metric's name, as conditions refer to it
 * @param metric the compiled metric ({@code sum}, {@code count}, {@code distinct} or a module's own)
 * @param where the filter on kind and fields
 */
public record TierMetric(String name, MetricType.Metric metric, MetricFilter where) {

  /** Checks the components. */
  public TierMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(where, "where");
    if (name.isBlank()) {
      throw new InvalidValueException("name", "metric name must not be blank");
    }
  }
}
