package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.at;
import static dev.pledge.tier.TestRules.flight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of rollover by level, share and once (Europe/Paris, calendar years, to-qualified):
 * explorer; silver: xp >= 100; gold: xp >= 180; platinum: xp >= 300.
 */
class RolloverByLevelTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static TierProgram ladder(Rollover rollover, TierPeriod period) {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .period(period)
        .level("explorer")
        .level("silver", atLeast("xp", 100))
        .level("gold", atLeast("xp", 180))
        .level("platinum", atLeast("xp", 300))
        .rollover(rollover)
        .build();
  }

  static TierProgram ladder(Rollover rollover) {
    return ladder(rollover, TierPeriod.calendarYear());
  }

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  /** The xp that opens 2027 after {@code acts}. */
  static BigDecimal opening2027(TierProgram program, List<Activity> acts) {
    return program.evaluate(ANNA, acts, paris("2027-01-01T00:00")).metrics().get("xp");
  }

  static final Map<String, BigDecimal> FLYING_BLUE = Map.of("silver", new BigDecimal("300"),
      "gold", new BigDecimal("300"), "platinum", new BigDecimal("300"));

  @Test
  void issueExampleAnExplorerCarriesNothingUnderMaxByLevel() {
    // 90 xp, E_2026 = explorer: explorer is not listed, so it carries 0. Under a plain max of 300
    // the explorer's threshold is 0 and all 90 would carry.
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), 90));
    assertThat(opening2027(ladder(Rollover.byLevel("xp", FLYING_BLUE)), acts)).isEqualByComparingTo("0");
    assertThat(opening2027(ladder(new Rollover("xp", new BigDecimal("300"))), acts)).isEqualByComparingTo("90");
  }

  @Test
  void theCapIsThatOfTheLevelReached() {
    // Caps silver 50, gold 200, platinum 300. 170 xp: silver, surplus 170 - 100 = 70, capped at 50.
    // 350 xp: platinum, surplus 350 - 300 = 50 (under 300). 250: gold, surplus 70 (under 200).
    Rollover caps = Rollover.byLevel("xp", Map.of("silver", new BigDecimal("50"), "gold", new BigDecimal("200"),
        "platinum", new BigDecimal("300")));
    assertThat(opening2027(ladder(caps), List.of(flight("anna", paris("2026-05-01T10:00"), 170))))
        .isEqualByComparingTo("50");
    assertThat(opening2027(ladder(caps), List.of(flight("anna", paris("2026-05-01T10:00"), 350))))
        .isEqualByComparingTo("50");
    assertThat(opening2027(ladder(caps), List.of(flight("anna", paris("2026-05-01T10:00"), 250))))
        .isEqualByComparingTo("70");
  }

  @Test
  void exactlyAtTheThresholdNothingIsLeftToCarry() {
    // 100 xp: silver, surplus 100 - 100 = 0.
    assertThat(opening2027(ladder(Rollover.byLevel("xp", FLYING_BLUE)),
        List.of(flight("anna", paris("2026-05-01T10:00"), 100)))).isEqualByComparingTo("0");
  }

  @Test
  void aShareOfTheSurplusCarriesExactlyBeforeTheCap() {
    // share 0.5: 175 xp, silver, surplus 75 -> 37.5 (exact), under a cap of 300.
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), 175));
    TierProgram half = ladder(new Rollover("xp", new BigDecimal("300")).withShare(new BigDecimal("0.5")));
    assertThat(opening2027(half, acts)).isEqualTo(new BigDecimal("37.5"));
    // The share applies first: 75 * 0.5 = 37.5, then the cap of 30.
    TierProgram capped = ladder(new Rollover("xp", new BigDecimal("30")).withShare(new BigDecimal("0.5")));
    assertThat(opening2027(capped, acts)).isEqualByComparingTo("30");
  }

  @Test
  void onceCarriesOnlyWhatWasEarnedInThePeriodItself() {
    // Max 300, once. 2026: 250 -> gold, surplus 250 - 180 = 70 opens 2027 (earned in 2026, 70 <= 250).
    // 2027: +20 = 90 -> explorer (threshold 0): surplus min(90 - 0, 90 - 70) = 20 opens 2028.
    // Without once, all 90 would carry again.
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), 250),
        flight("anna", paris("2027-05-01T10:00"), 20));
    Instant review2028 = paris("2028-01-01T00:00");
    TierProgram once = ladder(new Rollover("xp", new BigDecimal("300")).once(true));
    assertThat(once.evaluate(ANNA, acts, paris("2027-01-01T00:00")).metrics().get("xp")).isEqualByComparingTo("70");
    assertThat(once.evaluate(ANNA, acts, review2028).metrics().get("xp")).isEqualByComparingTo("20");
    TierProgram again = ladder(new Rollover("xp", new BigDecimal("300")));
    assertThat(again.evaluate(ANNA, acts, review2028).metrics().get("xp")).isEqualByComparingTo("90");
  }

  @Test
  void aFlightOneNanosecondBeforeTheLeapDayMidnightCarriesFromTheYearItEnds() {
    // Fixed years from 1 March: the year ending on 29 Feb 2028 (leap). 150 xp at
    // 2028-02-29T23:59:59.999999999: silver, surplus 50 opens the year from 2028-03-01. The same
    // flight at 2028-03-01T00:00 counts in the new year: 150, nothing carried.
    TierProgram fiscal = ladder(Rollover.byLevel("xp", FLYING_BLUE), TierPeriod.fixedYear(MonthDay.of(3, 1)));
    Instant midnight = paris("2028-03-01T00:00");
    assertThat(fiscal.evaluate(ANNA, List.of(flight("anna", midnight.minusNanos(1), 150)), midnight)
        .metrics().get("xp")).isEqualByComparingTo("50");
    assertThat(fiscal.evaluate(ANNA, List.of(flight("anna", midnight, 150)), midnight)
        .metrics().get("xp")).isEqualByComparingTo("150");
  }

  @Test
  void aLevelChangeCarriesUnderTheNewLevelsCap() {
    // since-level-change, caps silver 50, gold 200: 170 xp -> silver, surplus 70 capped at 50 opens
    // the new period; then +150 = 200 -> gold, surplus 200 - 180 = 20 (under 200).
    Rollover caps = Rollover.byLevel("xp", Map.of("silver", new BigDecimal("50"), "gold", new BigDecimal("200")));
    TierProgram rolling = ladder(caps, TierPeriod.sinceLevelChange());
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), 170));
    assertThat(rolling.evaluate(ANNA, acts, paris("2026-06-01T00:00")).metrics().get("xp")).isEqualByComparingTo("50");
    List<Activity> more = List.of(acts.get(0), flight("anna", paris("2026-07-01T10:00"), 150));
    TierStatus s = rolling.evaluate(ANNA, more, paris("2026-08-01T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.metrics().get("xp")).isEqualByComparingTo("20");
  }

  @Test
  void shareMustBeMoreThanZeroAndAtMostOne() {
    Rollover r = new Rollover("xp", BigDecimal.TEN);
    assertThat(r.withShare(BigDecimal.ONE).share()).isEqualByComparingTo("1");
    for (String bad : List.of("0", "1.5", "-0.1")) {
      assertThatThrownBy(() -> r.withShare(new BigDecimal(bad))).isInstanceOf(InvalidValueException.class)
          .hasMessage("rollover share must be more than 0 and at most 1, but was " + bad)
          .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("share");
    }
  }

  @Test
  void maxByLevelMustNameLevelsOfTheProgramAndBeZeroOrMore() {
    assertThatThrownBy(() -> ladder(Rollover.byLevel("xp", Map.of("diamond", BigDecimal.TEN))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'diamond'")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("rollover/max/diamond");
    assertThatThrownBy(() -> Rollover.byLevel("xp", Map.of("gold", new BigDecimal("-1"))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("max/gold");
  }
}
