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
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example: a fixed-year ladder whose years start on 1 March (Europe/Warsaw).
 * base; silver: xp >= 100; gold: xp >= 200. Next-period validity, to-qualified.
 */
class FixedYearTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Customer OLA = Customer.of("ola");

  static final TierProgram STATUS = TierProgram.builder("status", WARSAW)
      .metric("xp", TestRuleModule.total("xp"))
      .period(TierPeriod.fixedYear(MonthDay.of(3, 1)))
      .level("base")
      .level("silver", atLeast("xp", 100))
      .level("gold", atLeast("xp", 200))
      .build();

  @Test
  void activityExactlyOnTheBoundaryBelongsToTheNewYear() {
    // 27 Feb 2026: 60 (year Mar 2025 - Feb 2026). 1 Mar 2026 00:00 Warsaw exactly: 50, in the new
    // year: 50 < 100. The old year ended at 60, the new one holds 50: base.
    List<Activity> acts = List.of(flight("ola", at("2026-02-27T10:00", WARSAW), 60),
        flight("ola", at("2026-03-01T00:00", WARSAW), 50));
    TierStatus s = STATUS.evaluate(OLA, acts, at("2026-04-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("base");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("50"));
  }

  @Test
  void lastSecondOfFebruaryStillCountsInTheOldYear() {
    // 60 + 50 at 28 Feb 23:59:59 = 110 >= 100 -> silver, earned in the year ending 28 Feb 2026,
    // so valid through the end of the next year: 28 Feb 2027.
    List<Activity> acts = List.of(flight("ola", at("2026-02-27T10:00", WARSAW), 60),
        flight("ola", at("2026-02-28T23:59:59", WARSAW), 50));
    TierStatus s = STATUS.evaluate(OLA, acts, at("2026-04-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 2, 28));
  }

  @Test
  void upgradeInAYearEndingInALeapFebruary() {
    // 15 Jun 2026: 210 -> gold in the year Mar 2026 - Feb 2027, valid through the next one,
    // which ends on 29 Feb 2028.
    TierStatus s = STATUS.evaluate(OLA, List.of(flight("ola", at("2026-06-15T10:00", WARSAW), 210)),
        at("2026-07-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 2, 29));
    // Review on 1 Mar 2027 with nothing flown since: E = base -> base, recorded at that midnight.
    TierStatus later = STATUS.evaluate(OLA, List.of(flight("ola", at("2026-06-15T10:00", WARSAW), 210)),
        at("2028-03-01T00:00", WARSAW));
    assertThat(later.history()).last().isEqualTo(
        TierChange.of(at("2028-03-01T00:00", WARSAW), "gold", "base", TierReason.BASE));
  }

  @Test
  void membershipYearWithoutJoinedDateCountsFromTheFirstActivity() {
    // Membership years; no joined date -> anniversaries of the first activity's day, 10 May.
    // 10 May 2026: 120 -> silver, valid through the end of the next membership year: 9 May 2028.
    TierProgram p = TierProgram.builder("status", WARSAW)
        .metric("xp", TestRuleModule.total("xp"))
        .period(TierPeriod.membershipYear())
        .level("base")
        .level("silver", atLeast("xp", 100))
        .build();
    TierStatus s = p.evaluate(OLA, List.of(flight("ola", at("2026-05-10T10:00", WARSAW), 120)),
        at("2026-06-01T00:00", WARSAW));
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 5, 9));
    // With joined 2020-09-15 the years run 15 Sep - 14 Sep: valid through 14 Sep 2027.
    TierStatus joined = p.evaluate(OLA.withJoined(LocalDate.of(2020, 9, 15)),
        List.of(flight("ola", at("2026-05-10T10:00", WARSAW), 120)), at("2026-06-01T00:00", WARSAW));
    assertThat(joined.validUntil()).contains(LocalDate.of(2027, 9, 14));
  }
}
