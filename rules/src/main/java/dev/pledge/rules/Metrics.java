package dev.pledge.rules;

import dev.pledge.rule.MetricType;
import dev.pledge.customer.Activity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** The standard metric types: {@code sum} of a field, {@code count}, {@code distinct} values of a field. */
final class Metrics {
  private Metrics() {}

  record Sum(@NotBlank String sum) {}

  record Count(@NotNull @AssertTrue(message = "must be true") Boolean count) {}

  record Distinct(@NotBlank String distinct) {}

  /** Adds the field's value; an activity without the field adds nothing; refunds are negative. */
  static final MetricType<Sum> SUM = MetricType.of("sum", Sum.class, (p, ctx) -> () ->
      new MetricType.Accumulator() {
        private BigDecimal total = BigDecimal.ZERO;

        @Override
        public void add(Activity activity) {
          Objects.requireNonNull(activity, "activity");
          BigDecimal v = activity.number(p.sum()).orElse(null);
          if (v != null) {
            total = total.add(v);
          }
        }

        @Override
        public BigDecimal value() {
          return total;
        }
      });

  /** Counts activities. */
  static final MetricType<Count> COUNT = MetricType.of("count", Count.class, (p, ctx) -> () ->
      new MetricType.Accumulator() {
        private long n;

        @Override
        public void add(Activity activity) {
          Objects.requireNonNull(activity, "activity");
          n++;
        }

        @Override
        public BigDecimal value() {
          return BigDecimal.valueOf(n);
        }
      });

  /** Counts the distinct values of a field (activities without it are not counted). */
  static final MetricType<Distinct> DISTINCT = MetricType.of("distinct", Distinct.class, (p, ctx) -> () ->
      new MetricType.Accumulator() {
        private final Set<String> seen = new HashSet<>();

        @Override
        public void add(Activity activity) {
          Objects.requireNonNull(activity, "activity");
          activity.text(p.distinct()).ifPresent(seen::add);
        }

        @Override
        public BigDecimal value() {
          return BigDecimal.valueOf(seen.size());
        }
      });
}
