package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.at;
import static dev.pledge.tier.TestRules.flight;
import static dev.pledge.tier.TestRules.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of a metric that counts only while at a level (Europe/London, calendar years,
 * to-qualified): member; silver: xp >= 100; gold: xp >= 200; platinum: xpAsGold >= 300, where
 * {@code xpAsGold} is the xp of flights taken while the customer holds gold or higher.
 */
class WhileAtLeastTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Customer ANNA = Customer.of("anna");

  static final TierProgram STATUS = TierProgram.builder("status", LONDON)
      .metric("xp", TestRuleModule.total("xp"), MetricFilter.kinds("flight"))
      .metric(new TierMetric("xpAsGold", TestRuleModule.total("xp"), MetricFilter.kinds("flight")).whileAtLeast("gold"))
      .level("member")
      .level("silver", atLeast("xp", 100))
      .level("gold", atLeast("xp", 200))
      .level("platinum", atLeast("xpAsGold", 300))
      .subscriptions("gold")
      .build();

  static Instant london(String local) {
    return at(local, LONDON);
  }

  @Test
  void aFlightCountsOnlyIfTheLevelBeforeItIsAtLeastGold() {
    // 10 Mar: 250 -> gold at this flight, but before it anna was a member: xpAsGold stays 0.
    // 10 Apr: 150 while gold -> xpAsGold 150. 10 May: 150 -> 300 >= 300 -> platinum (exactly at it).
    List<Activity> acts = List.of(flight("anna", london("2026-03-10T10:00"), 250),
        flight("anna", london("2026-04-10T10:00"), 150), flight("anna", london("2026-05-10T10:00"), 150));
    TierStatus april = STATUS.evaluate(ANNA, acts, london("2026-04-30T00:00"));
    assertThat(april.metrics()).containsEntry("xp", new BigDecimal("400")).containsEntry("xpAsGold", new BigDecimal("150"));
    assertThat(april.level()).isEqualTo("gold");
    TierStatus may = STATUS.evaluate(ANNA, acts, london("2026-05-30T00:00"));
    assertThat(may.level()).isEqualTo("platinum");
    assertThat(may.metrics()).containsEntry("xpAsGold", new BigDecimal("300"));
    assertThat(may.history()).extracting(TierChange::to).containsExactly("gold", "platinum");
  }

  @Test
  void aFlightOneNanosecondBeforeTheDropCountsAndOneAtTheDropDoesNot() {
    // Gold earned in 2026 holds through 2027; nothing earned in 2027 -> member at 2028-01-01 00:00.
    // A 100-xp flight at 2027-12-31T23:59:59.999999999 is flown as gold; one at 00:00 is not
    // (the review comes first).
    Instant review = london("2028-01-01T00:00");
    List<Activity> before = List.of(flight("anna", london("2026-03-10T10:00"), 250),
        flight("anna", review.minusNanos(1), 100));
    assertThat(STATUS.evaluate(ANNA, before, review.minusNanos(1)).metrics()).containsEntry("xpAsGold", new BigDecimal("100"));
    List<Activity> at = List.of(before.get(0), flight("anna", review, 100));
    TierStatus s = STATUS.evaluate(ANNA, at, review);
    assertThat(s.metrics()).containsEntry("xpAsGold", BigDecimal.ZERO);
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("100"));
  }

  @Test
  void aPaidLevelCountsAsTheLevelHeldToTheLastDayOfTheSubscription() {
    // Gold bought until 29 Feb 2028 (the last day it holds): a flight on 29 Feb counts, one on
    // 1 Mar does not. xpAsGold = 80 in 2028.
    List<Activity> acts = List.of(
        membership("subscription", "anna", london("2028-01-05T10:00"), Map.of("program", "status", "level", "gold",
            "until", "2028-02-29")),
        flight("anna", london("2028-02-29T18:00"), 80), flight("anna", london("2028-03-01T08:00"), 70));
    TierStatus s = STATUS.evaluate(ANNA, acts, london("2028-03-02T00:00"));
    assertThat(s.metrics()).containsEntry("xpAsGold", new BigDecimal("80")).containsEntry("xp", new BigDecimal("150"));
  }

  @Test
  void whileAtLeastMustNameALevel() {
    assertThatThrownBy(() -> TierProgram.builder("s", LONDON)
        .metric(new TierMetric("xpAsGold", TestRuleModule.total("xp"), MetricFilter.any()).whileAtLeast("diamond"))
        .level("member").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'diamond'")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("metrics/xpAsGold/whileAtLeast");
  }
}
