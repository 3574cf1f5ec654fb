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
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of retain thresholds (Australia/Sydney, calendar years, to-qualified unless a
 * test says otherwise): base; silver: sc >= 300; gold: sc >= 700, retained with sc >= 600.
 */
class RetainTest {
  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  static final Customer ANNA = Customer.of("anna");

  static final TierLevel GOLD = TierLevel.of("gold", atLeast("sc", 700)).withRetain(atLeast("sc", 600));

  static TierProgram.Builder ladder(TierLevel gold) {
    return TierProgram.builder("status", SYDNEY)
        .metric("sc", TestRuleModule.total("sc"))
        .level("base")
        .level("silver", atLeast("sc", 300))
        .level(gold);
  }

  static final TierProgram STATUS = ladder(GOLD).build();

  static Instant sydney(String local) {
    return at(local, SYDNEY);
  }

  static Activity credits(String local, long sc) {
    return Activity.of("anna", sydney(local), "flight").with("sc", sc);
  }

  @Test
  void issueExampleSixHundredAndFiftyRetainsGoldForTheNextYear() {
    // Gold earned in 2025 (720 >= 700). 2026: 650 -> below gold's 700 (silver qualifies), but
    // gold's retain holds (650 >= 600): the review at 2027-01-01 keeps gold through 2027, qualified.
    List<Activity> acts = List.of(credits("2025-03-01T10:00", 720), credits("2026-03-01T10:00", 650));
    TierStatus december = STATUS.evaluate(ANNA, acts, sydney("2026-12-01T00:00"));
    // retain shows gold's retain, not its qualify: 650 of 600, met; valid through 2027 as things stand.
    assertThat(december.retain().orElseThrow().requirement().metrics()).containsExactly(
        MetricProgress.of("sc", new BigDecimal("650"), new BigDecimal("600")));
    assertThat(december.retain().orElseThrow().met()).isTrue();
    assertThat(december.validUntil()).contains(LocalDate.of(2027, 12, 31));
    TierStatus s2027 = STATUS.evaluate(ANNA, acts, sydney("2027-06-01T00:00"));
    assertThat(s2027.level()).isEqualTo("gold");
    assertThat(s2027.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(s2027.validUntil()).contains(LocalDate.of(2027, 12, 31));
    assertThat(s2027.history()).hasSize(1);
  }

  @Test
  void exactlyTheRetainThresholdKeepsTheLevelAndOneLessDoesNot() {
    List<Activity> exactly = List.of(credits("2025-03-01T10:00", 720), credits("2026-03-01T10:00", 600));
    assertThat(STATUS.evaluate(ANNA, exactly, sydney("2027-01-01T00:00")).level()).isEqualTo("gold");
    List<Activity> below = List.of(credits("2025-03-01T10:00", 720), credits("2026-03-01T10:00", 599));
    assertThat(STATUS.evaluate(ANNA, below, sydney("2027-01-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void creditsOneNanosecondBeforeMidnightCountForTheYearUnderReview() {
    Instant review = sydney("2027-01-01T00:00");
    List<Activity> inTime = List.of(credits("2025-03-01T10:00", 720),
        Activity.of("anna", review.minusNanos(1), "flight").with("sc", 600));
    assertThat(STATUS.evaluate(ANNA, inTime, review).level()).isEqualTo("gold");
    List<Activity> late = List.of(credits("2025-03-01T10:00", 720), Activity.of("anna", review, "flight").with("sc", 600));
    assertThat(STATUS.evaluate(ANNA, late, review).level()).isEqualTo("silver");
  }

  @Test
  void aLevelReachedByASoftLandingIsRetainedToo() {
    // Platinum (1000) earned in 2025; nothing in 2026 -> gold at 2027-01-01 by soft landing.
    // 2027: 620 -> gold is the earned level at the review 2028-01-01 and its retain holds: gold,
    // qualified. Without retain the floor (silver) and E (silver, 620 >= 300) give silver.
    TierProgram soft = ladder(GOLD).level("platinum", atLeast("sc", 1000)).downgrade(Downgrade.softLanding(1)).build();
    List<Activity> acts = List.of(credits("2025-03-01T10:00", 1000), credits("2027-03-01T10:00", 620));
    TierStatus s = soft.evaluate(ANNA, acts, sydney("2028-06-01T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.reason()).isEqualTo(TierReason.QUALIFIED);
    TierProgram without = ladder(TierLevel.of("gold", atLeast("sc", 700))).level("platinum", atLeast("sc", 1000))
        .downgrade(Downgrade.softLanding(1)).build();
    assertThat(without.evaluate(ANNA, acts, sydney("2028-06-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void retainFromADateAppliesToThePeriodsStartingOnOrAfterIt() {
    // Retain 600, from 2027-01-01 650. 620 in 2026: retained (600). 620 in 2027: not (650) -> silver.
    TierProgram dated = ladder(GOLD.withRetainFrom(LocalDate.of(2027, 1, 1), atLeast("sc", 650))).build();
    List<Activity> acts = List.of(credits("2025-03-01T10:00", 720), credits("2026-03-01T10:00", 620),
        credits("2027-03-01T10:00", 620));
    assertThat(dated.evaluate(ANNA, acts, sydney("2027-06-01T00:00")).level()).isEqualTo("gold");
    assertThat(dated.evaluate(ANNA, acts, sydney("2028-01-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void aFiscalYearEndingOnTheLeapDayCountsItsLastDay() {
    // Years from 1 March: the year ending on 29 Feb 2028 is reviewed at 2028-03-01.
    // Gold earned in the year from 2026-03-01 (720); 600 on 29 Feb 2028 retains it.
    TierProgram fiscal = ladder(GOLD).period(TierPeriod.fixedYear(MonthDay.of(3, 1))).build();
    List<Activity> acts = List.of(credits("2026-04-01T10:00", 720), credits("2028-02-29T20:00", 600));
    assertThat(fiscal.evaluate(ANNA, acts, sydney("2028-03-01T00:00")).level()).isEqualTo("gold");
    assertThat(fiscal.evaluate(ANNA, acts.subList(0, 1), sydney("2028-03-01T00:00")).level()).isEqualTo("base");
  }

  @Test
  void aRetainedLevelIsThePeriodsResultForRollover() {
    // Rollover of sc, max 300: gold kept by retain with 650 -> the surplus is over gold's 700: none.
    // (Over silver's 300 it would have been 300.)
    TierProgram rolling = ladder(GOLD).rollover("sc", new BigDecimal("300")).build();
    List<Activity> acts = List.of(credits("2025-03-01T10:00", 720), credits("2026-03-01T10:00", 650));
    assertThat(rolling.evaluate(ANNA, acts, sydney("2027-01-01T00:00")).metrics()).containsEntry("sc", BigDecimal.ZERO);
  }

  @Test
  void theBaseLevelTakesNoRetain() {
    assertThatThrownBy(() -> TierProgram.builder("s", SYDNEY).level(TierLevel.of("base").withRetain(atLeast("sc", 1))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("levels/0/retain");
  }
}
