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
 * Worked example of thresholds that change by qualification year (Europe/Paris): base; silver: xp
 * >= 50; gold: xp >= 100, from 2027-01-01 xp >= 150, from 2028-01-01 xp >= 200. To-qualified,
 * next-period.
 */
class DatedThresholdsTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static final TierLevel GOLD = TierLevel.of("gold", atLeast("xp", 100))
      .withQualifyFrom(LocalDate.of(2027, 1, 1), atLeast("xp", 150))
      .withQualifyFrom(LocalDate.of(2028, 1, 1), atLeast("xp", 200));

  static TierProgram.Builder ladder(TierPeriod period) {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .period(period)
        .level("base")
        .level("silver", atLeast("xp", 50))
        .level(GOLD);
  }

  static final TierProgram STATUS = ladder(TierPeriod.calendarYear()).build();

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  @Test
  void eachYearIsJudgedByTheConditionInForceOnItsFirstDay() {
    // 2026 (before every date): gold at 100; 120 >= 100 -> gold at the flight.
    // 2027 (2027-01-01 in force): gold at 150; 120 < 150 -> E_2027 = silver; review 2028-01-01 -> silver.
    List<Activity> acts = List.of(flight("anna", paris("2026-03-01T10:00"), 120),
        flight("anna", paris("2027-03-01T10:00"), 120));
    TierStatus s2026 = STATUS.evaluate(ANNA, acts, paris("2026-06-01T00:00"));
    assertThat(s2026.level()).isEqualTo("gold");
    TierStatus s2027 = STATUS.evaluate(ANNA, acts, paris("2027-06-01T00:00"));
    assertThat(s2027.level()).isEqualTo("gold");
    assertThat(s2027.validUntil()).contains(LocalDate.of(2027, 12, 31));
    // Retain shows the condition in force for 2027: 120 of 150, 30 to go.
    assertThat(s2027.retain().orElseThrow().requirement().metrics()).containsExactly(
        MetricProgress.of("xp", new BigDecimal("120"), new BigDecimal("150")));
    TierStatus s2028 = STATUS.evaluate(ANNA, acts, paris("2028-01-01T00:00"));
    assertThat(s2028.level()).isEqualTo("silver");
    // Progress to gold in 2028 shows the 2028 condition: 0 of 200.
    assertThat(s2028.progress().orElseThrow().requirement().metrics()).containsExactly(
        MetricProgress.of("xp", BigDecimal.ZERO, new BigDecimal("200")));
  }

  @Test
  void exactlyAtTheNewThresholdQualifies() {
    // 2027: exactly 150 >= 150 -> gold; 149 is silver.
    assertThat(STATUS.evaluate(ANNA, List.of(flight("anna", paris("2027-03-01T10:00"), 150)),
        paris("2027-06-01T00:00")).level()).isEqualTo("gold");
    assertThat(STATUS.evaluate(ANNA, List.of(flight("anna", paris("2027-03-01T10:00"), 149)),
        paris("2027-06-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void oneNanosecondBeforeMidnightTheOldYearAndItsOldThresholdCount() {
    // 120 at 2026-12-31T23:59:59.999999999 Paris: 2026, gold at 100 -> gold.
    // The same 120 at 2027-01-01T00:00: 2027, gold at 150 -> silver.
    Instant midnight = paris("2027-01-01T00:00");
    assertThat(STATUS.evaluate(ANNA, List.of(flight("anna", midnight.minusNanos(1), 120)), midnight).level())
        .isEqualTo("gold");
    assertThat(STATUS.evaluate(ANNA, List.of(flight("anna", midnight, 120)), midnight).level())
        .isEqualTo("silver");
  }

  @Test
  void aPeriodThatStartedBeforeTheDateKeepsItsConditionToItsEnd() {
    // Fixed years from 1 March: the year 2026-03-01 .. 2027-02-28 started before 2027-01-01, so gold
    // stays at 100 all through it: 120 on 2027-02-10 -> gold. The year from 2027-03-01 asks 150.
    TierProgram fiscal = ladder(TierPeriod.fixedYear(MonthDay.of(3, 1))).build();
    assertThat(fiscal.evaluate(ANNA, List.of(flight("anna", paris("2027-02-10T10:00"), 120)),
        paris("2027-02-20T00:00")).level()).isEqualTo("gold");
    assertThat(fiscal.evaluate(ANNA, List.of(flight("anna", paris("2027-03-10T10:00"), 120)),
        paris("2027-03-20T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void aDateOnTheTwentyNinthOfFebruaryAppliesToTheYearStartingThatDay() {
    // Membership years of a customer who joined on 29 Feb 2024: they start on 28 Feb 2025, 2026,
    // 2027 and on 29 Feb 2028. Gold from 2028-02-29 at 300: the year starting 2027-02-28 still asks
    // 100 (120 -> gold); the year starting 2028-02-29 asks 300 (120 -> silver).
    TierLevel gold = TierLevel.of("gold", atLeast("xp", 100)).withQualifyFrom(LocalDate.of(2028, 2, 29),
        atLeast("xp", 300));
    TierProgram members = TierProgram.builder("status", PARIS).metric("xp", TestRuleModule.total("xp"))
        .period(TierPeriod.membershipYear()).level("base").level("silver", atLeast("xp", 50)).level(gold).build();
    Customer leap = ANNA.withJoined(LocalDate.of(2024, 2, 29));
    assertThat(members.evaluate(leap, List.of(flight("anna", paris("2027-03-10T10:00"), 120)),
        paris("2027-04-01T00:00")).level()).isEqualTo("gold");
    assertThat(members.evaluate(leap, List.of(flight("anna", paris("2028-02-29T10:00"), 120)),
        paris("2028-03-01T00:00")).level()).isEqualTo("silver");
    assertThat(members.evaluate(leap, List.of(flight("anna", paris("2028-02-28T10:00"), 120)),
        paris("2028-02-28T12:00")).level()).isEqualTo("gold");
  }

  @Test
  void rolloverUsesTheThresholdInForceForThePeriodBeingClosed() {
    // Rollover of xp, max 100. 2027 (gold at 150): 180 -> gold, surplus 180 - 150 = 30 opens 2028.
    // Under the 2026 threshold it would have been 80.
    TierProgram rolling = ladder(TierPeriod.calendarYear()).rollover("xp", new BigDecimal("100")).build();
    TierStatus s = rolling.evaluate(ANNA, List.of(flight("anna", paris("2027-05-01T10:00"), 180)),
        paris("2028-01-01T00:00"));
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("30"));
  }

  @Test
  void aFirstPeriodThatStartsBeforeTheFirstEventUsesItsFirstDay() {
    // The first event on 2027-06-01 falls in the year that started on 2027-01-01: 150 in force.
    assertThat(STATUS.evaluate(ANNA, List.of(flight("anna", paris("2027-06-01T10:00"), 120)),
        paris("2027-07-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void aCustomerWithoutEventsSeesTheConditionInForceForThePeriodOfAsOf() {
    // base and gold only: no event, asOf in 2028 -> progress to gold asks 0 of 200; in 2026, 0 of 100.
    TierProgram two = TierProgram.builder("status", PARIS).metric("xp", TestRuleModule.total("xp"))
        .level("base").level(GOLD).build();
    assertThat(two.evaluate(ANNA, List.of(), paris("2028-05-01T00:00")).progress().orElseThrow()
        .requirement().metrics()).containsExactly(MetricProgress.of("xp", BigDecimal.ZERO, new BigDecimal("200")));
    assertThat(two.evaluate(ANNA, List.of(), paris("2026-05-01T00:00")).progress().orElseThrow()
        .requirement().metrics()).containsExactly(MetricProgress.of("xp", BigDecimal.ZERO, new BigDecimal("100")));
  }

  @Test
  void theBuilderRejectsDatesOnTheBaseLevelAndUnknownMetrics() {
    assertThatThrownBy(() -> TierProgram.builder("s", PARIS).level(TierLevel.of("base")
        .withQualifyFrom(LocalDate.of(2027, 1, 1), atLeast("xp", 1))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("levels/0/qualifyFrom");
    assertThatThrownBy(() -> TierProgram.builder("s", PARIS).metric("xp", TestRuleModule.total("xp"))
        .level("base").level(TierLevel.of("gold", atLeast("xp", 1))
            .withQualifyFrom(LocalDate.of(2027, 1, 1), atLeast("miles", 1))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'miles'");
  }
}
