package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.at;
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
 * A period type that exists only in this test: calendar quarters, as one {@link TierPeriod.Custom}
 * record. The engine runs it with no change of its own. base; silver: xp >= 100; gold: xp >= 200.
 * Next-period validity, to-qualified, Europe/Warsaw.
 */
class QuarterlyPeriodTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Customer OLA = Customer.of("ola");

  /** January-March, April-June, July-September, October-December. */
  record Quarters() implements TierPeriod.Custom {
    @Override
    public LocalDate nextStart(LocalDate day, LocalDate anchor) {
      int quarter = (day.getMonthValue() - 1) / 3;
      return LocalDate.of(day.getYear(), quarter * 3 + 1, 1).plusMonths(3);
    }

    @Override
    public boolean needsAnchor() {
      return false;
    }
  }

  static final TierProgram STATUS = TierProgram.builder("status", WARSAW)
      .metric("xp", TestRuleModule.total("xp"))
      .period(new Quarters())
      .level("base")
      .level("silver", atLeast("xp", 100))
      .level("gold", atLeast("xp", 200))
      .build();

  static final List<Activity> FLIGHTS = List.of(
      flight("ola", at("2026-02-10T10:00", WARSAW), 60),
      flight("ola", at("2026-03-31T23:59:59", WARSAW), 50),
      flight("ola", at("2026-04-01T00:00", WARSAW), 30));

  @Test
  void levelEarnedInAQuarterHoldsThroughTheNextQuarter() {
    // Q1 2026: 60 + 50 (the last second of March) = 110 >= 100 -> silver, earned in Q1, so valid
    // through the end of Q2: 30 June. 1 April 00:00 exactly starts Q2: its 30 count there alone.
    TierStatus s = STATUS.evaluate(OLA, FLIGHTS, at("2026-05-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("30"));
    assertThat(s.validUntil()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void quarterNotReEarnedFallsToTheBaseAtItsEnd() {
    // Q2 ends with 30 < 100: at the review on 1 July 00:00 Warsaw, silver falls to base.
    TierStatus s = STATUS.evaluate(OLA, FLIGHTS, at("2026-08-01T00:00", WARSAW));
    assertThat(s.level()).isEqualTo("base");
    assertThat(s.metrics()).containsEntry("xp", BigDecimal.ZERO);
    assertThat(s.history()).last().isEqualTo(
        TierChange.of(at("2026-07-01T00:00", WARSAW), "silver", "base", TierReason.BASE));
  }

  @Test
  void quarterBoundariesAreTheFirstDaysOfJanuaryAprilJulyAndOctober() {
    Quarters q = new Quarters();
    assertThat(q.nextStart(LocalDate.of(2026, 1, 1), null)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q.nextStart(LocalDate.of(2026, 6, 30), null)).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q.nextStart(LocalDate.of(2026, 12, 31), null)).isEqualTo(LocalDate.of(2027, 1, 1));
  }
}
