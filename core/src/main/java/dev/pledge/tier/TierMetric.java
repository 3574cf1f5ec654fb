package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import dev.pledge.rule.MetricType;
import java.util.Objects;
import java.util.Optional;

/**
 * A named metric of a tier program: a compiled metric and the filter applied before an activity
 * reaches it. Membership events ({@code subscription}, {@code override}, {@code challenge},
 * {@code extension}) never reach a metric; a customer's {@code survey} answer reaches only a metric
 * whose filter lists the kind.
 *
 * @param name the metric's name, as conditions refer to it
 * @param metric the compiled metric ({@code sum}, {@code count}, {@code distinct} or a module's own)
 * @param where the filter on kind and fields
 * @param whileAtLeast a level: the metric counts an activity only if, just before it is applied, the
 *     customer holds that level or a higher one in this program (the highest of earned, paid,
 *     lifetime, challenge and override); empty to count regardless of the level
 */
public record TierMetric(String name, MetricType.Metric metric, MetricFilter where, Optional<String> whileAtLeast) {

  /** Checks the components. */
  public TierMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(whileAtLeast, "whileAtLeast");
    if (name.isBlank()) {
      throw new InvalidValueException("name", "metric name must not be blank");
    }
  }

  /** A metric that counts regardless of the customer's level. */
  public TierMetric(String name, MetricType.Metric metric, MetricFilter where) {
    this(name, metric, where, Optional.empty());
  }

  /** A copy that counts only activities applied while the customer holds {@code level} or higher. */
  public TierMetric whileAtLeast(String level) {
    return new TierMetric(name, metric, where, Optional.of(Objects.requireNonNull(level, "level")));
  }
}
