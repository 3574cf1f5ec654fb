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

/** Activity and time helpers of the tier tests; their conditions and metrics come from {@link dev.pledge.testrules.TestRuleModule}. */
final class TestRules {
  private TestRules() {}

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
