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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked examples of periods aligned to months (Europe/Paris): base; silver: xp >= 100; gold: xp >=
 * 250; next-period, to-qualified.
 */
class AlignedPeriodsTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static TierProgram ladder(TierPeriod period) {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .period(period)
        .level("base")
        .level("silver", atLeast("xp", 100))
        .level("gold", atLeast("xp", 250))
        .build();
  }

  static final TierProgram ROLLING = ladder(TierPeriod.sinceLevelChange(Alignment.MONTH_END));

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  @Test
  void issueExampleAFlightOnTwentyMarchStillCountsInThePeriodThatEndsOnFirstApril() {
    // Silver on 12 March 2026 10:00: the period it starts would end at 12 March 2027; month-end
    // moves its last day (11 March 2027) to 31 March: it ends at 2027-04-01 00:00. A 100-xp flight on
    // 20 March 2027 counts in it: the review at 1 April keeps silver (100 >= 100), valid through
    // the next period, which ends on the last day of March 2028.
    List<Activity> acts = List.of(flight("anna", paris("2026-03-12T10:00"), 150),
        flight("anna", paris("2027-03-20T10:00"), 100));
    assertThat(ROLLING.evaluate(ANNA, acts.subList(0, 1), paris("2026-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2027, 3, 31));
    TierStatus s = ROLLING.evaluate(ANNA, acts, paris("2027-04-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 3, 31));
    // Unaligned, the period ends at 12 March 2027: silver lapses there and the flight of 20 March
    // counts in the next period (100 >= 100: silver again, at the flight).
    TierProgram plain = ladder(TierPeriod.sinceLevelChange());
    assertThat(plain.evaluate(ANNA, acts, paris("2027-04-01T00:00")).history()).extracting(TierChange::at)
        .containsExactly(paris("2026-03-12T10:00"), paris("2027-03-12T00:00"), paris("2027-03-20T10:00"));
  }

  @Test
  void oneNanosecondBeforeTheMovedMidnightTheFlightCountsInTheOldPeriod() {
    // 100 xp at 2027-03-31T23:59:59.999999999: in the silver period (ends 2027-04-01 00:00), kept.
    // At 2027-04-01T00:00 it belongs to the next period: the review finds 0 -> base, then the flight
    // raises silver again: two changes at that instant.
    Instant midnight = paris("2027-04-01T00:00");
    List<Activity> before = List.of(flight("anna", paris("2026-03-12T10:00"), 150),
        flight("anna", midnight.minusNanos(1), 100));
    assertThat(ROLLING.evaluate(ANNA, before, midnight).history()).hasSize(1);
    List<Activity> at = List.of(before.get(0), flight("anna", midnight, 100));
    assertThat(ROLLING.evaluate(ANNA, at, midnight).history()).extracting(TierChange::at)
        .containsExactly(paris("2026-03-12T10:00"), midnight, midnight);
  }

  @Test
  void aChangeOnTheLastDayOfFebruaryEndsOnTheLeapDay() {
    // Silver on 28 Feb 2027: 12 months later is 28 Feb 2028, last day 27 Feb, moved to the last day
    // of February 2028, the 29th: valid until 2028-02-29.
    List<Activity> acts = List.of(flight("anna", paris("2027-02-28T10:00"), 150));
    assertThat(ROLLING.evaluate(ANNA, acts, paris("2027-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void membershipYearsEndOnTheLastDayOfTheMonthOfTheAnniversary() {
    // Joined 12 March 2026, month-end: the first year ends at 2027-04-01 (not 2027-03-12), the next
    // runs 2027-04-01 .. 2028-04-01. Silver earned on 1 May 2026 holds through the next year: 31 Mar 2028.
    TierProgram members = ladder(TierPeriod.membershipYear(Alignment.MONTH_END));
    Customer joined = ANNA.withJoined(LocalDate.of(2026, 3, 12));
    TierStatus s = members.evaluate(joined, List.of(flight("anna", paris("2026-05-01T10:00"), 150)),
        paris("2026-06-01T00:00"));
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 3, 31));
  }

  @Test
  void membershipYearsOfALeapDayMemberEndOnTheLastDayOfFebruary() {
    // Joined 29 Feb 2024, month-end: anniversaries 28 Feb 2025 .. 2027, 29 Feb 2028, each moved to
    // the end of February: years end at 1 March. A flight on 29 Feb 2028 counts in the year that
    // ends at 2028-03-01 (from 2027-03-01), with one on 1 Jan 2028: 60 + 60 = 120 -> silver.
    TierProgram members = ladder(TierPeriod.membershipYear(Alignment.MONTH_END));
    Customer leap = ANNA.withJoined(LocalDate.of(2024, 2, 29));
    List<Activity> acts = List.of(flight("anna", paris("2028-01-01T10:00"), 60),
        flight("anna", paris("2028-02-29T10:00"), 60));
    TierStatus s = members.evaluate(leap, acts, paris("2028-02-29T12:00"));
    assertThat(s.level()).isEqualTo("silver");
    // Earned in the year 2027-03-01 .. 2028-02-29: valid through the next, to 2029-02-28.
    assertThat(s.validUntil()).contains(LocalDate.of(2029, 2, 28));
  }

  @Test
  void monthStartPutsAnniversariesOnTheFirstOfTheJoiningMonth() {
    // Joined 12 March 2026, month-start: years from 1 March. 60 on 27 Feb 2027 and 60 on 1 Mar 2027
    // fall in two years: no silver. Unaligned (years from 12 March) both are in one year: silver.
    Customer joined = ANNA.withJoined(LocalDate.of(2026, 3, 12));
    List<Activity> acts = List.of(flight("anna", paris("2027-02-27T10:00"), 60),
        flight("anna", paris("2027-03-01T00:00"), 60));
    Instant asOf = paris("2027-03-02T00:00");
    assertThat(ladder(TierPeriod.membershipYear(Alignment.MONTH_START)).evaluate(joined, acts, asOf).level())
        .isEqualTo("base");
    assertThat(ladder(TierPeriod.membershipYear()).evaluate(joined, acts, asOf).level()).isEqualTo("silver");
  }

  static Stream<Arguments> boundaries() {
    LocalDate anchor = LocalDate.of(2026, 3, 12);
    return Stream.of(
        // since-level-change, month-end: a start on 12 March ends at 1 April next year; a start on
        // the 1st of a month is already aligned.
        Arguments.of(TierPeriod.sinceLevelChange(Alignment.MONTH_END), "2026-03-12", anchor, "2027-04-01"),
        Arguments.of(TierPeriod.sinceLevelChange(Alignment.MONTH_END), "2027-04-01", anchor, "2028-04-01"),
        Arguments.of(TierPeriod.sinceLevelChange(Alignment.MONTH_END), "2026-01-31", anchor, "2027-02-01"),
        // membership-year, month-end, joined 12 March 2026: the first year ends at 2027-04-01.
        Arguments.of(TierPeriod.membershipYear(Alignment.MONTH_END), "2026-03-20", anchor, "2027-04-01"),
        Arguments.of(TierPeriod.membershipYear(Alignment.MONTH_END), "2027-03-20", anchor, "2027-04-01"),
        Arguments.of(TierPeriod.membershipYear(Alignment.MONTH_END), "2027-04-01", anchor, "2028-04-01"),
        // membership-year, month-start: anniversaries on 1 March.
        Arguments.of(TierPeriod.membershipYear(Alignment.MONTH_START), "2026-03-05", anchor, "2027-03-01"),
        Arguments.of(TierPeriod.membershipYear(Alignment.MONTH_START), "2027-02-28", anchor, "2027-03-01"));
  }

  @ParameterizedTest
  @MethodSource("boundaries")
  void nextStartIsTheMovedBoundary(TierPeriod period, String day, LocalDate anchor, String next) {
    assertThat(period.nextStart(LocalDate.parse(day), anchor)).isEqualTo(LocalDate.parse(next));
  }

  @Test
  void firstPeriodsOfAlignedTypes() {
    LocalDate anchor = LocalDate.of(2026, 3, 12);
    TierPeriod rolling = TierPeriod.sinceLevelChange(Alignment.MONTH_END);
    // Before any change: 2026-03-12 .. 2027-04-01, then 12-month steps from the 1st: .. 2028-04-01.
    assertThat(rolling.firstEnd(LocalDate.of(2027, 3, 20), anchor)).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(rolling.firstEnd(LocalDate.of(2027, 4, 1), anchor)).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(rolling.firstStart(LocalDate.of(2027, 4, 1), anchor)).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(rolling.firstStart(LocalDate.of(2027, 3, 20), anchor)).isEqualTo(anchor);
    TierPeriod members = TierPeriod.membershipYear(Alignment.MONTH_END);
    assertThat(members.firstStart(LocalDate.of(2027, 3, 20), anchor)).isEqualTo(anchor);
    assertThat(members.firstStart(LocalDate.of(2028, 1, 20), anchor)).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void sinceLevelChangeTakesOnlyMonthEnd() {
    assertThatThrownBy(() -> TierPeriod.sinceLevelChange(Alignment.MONTH_START))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("align");
    assertThat(TierPeriod.membershipYear()).isEqualTo(new TierPeriod.MembershipYear());
    assertThat(Alignment.MONTH_END.wireName()).isEqualTo("month-end");
  }
}
