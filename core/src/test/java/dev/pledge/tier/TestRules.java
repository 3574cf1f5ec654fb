package dev.pledge.tier;

import dev.pledge.customer.Activity;
import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricThreshold;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.Conditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test-local conditions, metrics and activity helpers, so core tests need not see the rules module. */
final class TestRules {
  private TestRules() {}

  /** {@code metric >= atLeast}, like the standard {@code metric} condition. */
  record AtLeast(String metric, BigDecimal atLeast) implements Condition, MetricThreshold {
    @Override
    public String type() {
      return "metric";
    }

    @Override
    public boolean test(Facts facts) {
      return facts.metric(metric).map(v -> v.compareTo(atLeast) >= 0).orElse(false);
    }

    @Override
    public Explanation explain(Facts facts) {
      return Explanation.leaf(metric + " >= " + atLeast, test(facts), "");
    }
  }

  static Condition atLeast(String metric, long value) {
    return new AtLeast(metric, BigDecimal.valueOf(value));
  }

  static Condition any(Condition... parts) {
    return Conditions.any(List.of(parts));
  }

  static Condition all(Condition... parts) {
    return Conditions.all(List.of(parts));
  }

  /** Sum of a numeric field. */
  static MetricType.Metric sum(String field) {
    return () -> new MetricType.Accumulator() {
      private BigDecimal total = BigDecimal.ZERO;

      @Override
      public void add(Activity activity) {
        activity.number(field).ifPresent(v -> total = total.add(v));
      }

      @Override
      public BigDecimal value() {
        return total;
      }
    };
  }

  /** Count of activities. */
  static MetricType.Metric count() {
    return () -> new MetricType.Accumulator() {
      private long n;

      @Override
      public void add(Activity activity) {
        n++;
      }

      @Override
      public BigDecimal value() {
        return BigDecimal.valueOf(n);
      }
    };
  }

  /** The instant of a local date-time ({@code "2026-03-01T00:00"}) in {@code zone}. */
  static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  static Activity flight(String customer, Instant at, long xp) {
    return Activity.of(customer, at, "flight").with("xp", xp);
  }

  static Activity purchase(String customer, Instant at, String amount) {
    return Activity.of(customer, at, "purchase").with("amount", new BigDecimal(amount));
  }

  static Activity membership(String kind, String customer, Instant at, Map<String, Object> fields) {
    return new Activity(customer, at, kind, Optional.empty(), fields);
  }
}
