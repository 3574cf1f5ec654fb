package dev.pledge.tier;

import static dev.pledge.tier.TestRules.at;
import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.flight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example: a 12-month since-level-change ladder (Europe/Warsaw) with rollover of xp capped
 * at 50. base; silver: xp >= 100; gold: xp >= 250; platinum: xp >= 500. Joined 2026-01-01.
 */
class SinceLevelChangeTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Customer EWA = Customer.of("ewa").withJoined(LocalDate.of(2026, 1, 1));

  static final TierProgram STATUS = TierProgram.builder("status", WARSAW)
      .metric("xp", TestRuleModule.total("xp"))
      .period(TierPeriod.sinceLevelChange())
      .level("base")
      .level("silver", atLeast("xp", 100))
      .level("gold", atLeast("xp", 250))
      .level("platinum", atLeast("xp", 500))
      .rollover("xp", new BigDecimal("50"))
      .build();

  static final List<Activity> ACTS = List.of(
      flight("ewa", at("2026-03-10T12:00", WARSAW), 180),
      flight("ewa", at("2026-08-01T09:00", WARSAW), 210),
      flight("ewa", at("2027-02-01T09:00", WARSAW), 100));

  @Test
  void levelChangesRestartThePeriodWithCappedRollover() {
    // 10 Mar 12:00: 180 >= 100 -> silver; the period restarts there, surplus 180 - 100 = 80,
    // capped at 50 -> opens at 50. 1 Aug: 50 + 210 = 260 >= 250 -> gold; restart, surplus
    // 260 - 250 = 10 -> opens at 10. That period ends at 2027-08-01T00:00 Warsaw.
    TierStatus s = STATUS.evaluate(EWA, ACTS, at("2026-09-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("10"));
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 7, 31));
    assertThat(s.progress().orElseThrow().requirement().metrics()).containsExactly(
        MetricProgress.of("xp", new BigDecimal("10"), new BigDecimal("500")));
    assertThat(s.progress().orElseThrow().requirement().metrics().get(0).remaining()).isEqualByComparingTo("490");
  }

  @Test
  void reviewAtTheEndOfTheTwelveMonths() {
    // Gold period [2026-08-01 09:00, 2027-08-01 00:00): 10 + 100 = 110 -> E = silver; to-qualified
    // -> silver at 2027-08-01T00:00 Warsaw (2027-07-31T22:00Z); surplus over silver 110 - 100 = 10.
    TierStatus s = STATUS.evaluate(EWA, ACTS, at("2027-09-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.history()).last().isEqualTo(
        TierChange.of(java.time.Instant.parse("2027-07-31T22:00:00Z"), "gold", "silver", TierReason.QUALIFIED));
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("10"));
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 7, 31));
  }
}
