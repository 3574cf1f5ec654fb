package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.any;
import static dev.pledge.tier.TestRules.at;
import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.flight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example: a calendar-year airline ladder (Europe/Paris) with an OR of two metrics and
 * next-period validity, downgrading straight to the level qualified.
 * explorer; silver: xp >= 100; gold: xp >= 180 OR segments >= 60; platinum: xp >= 300.
 */
class AirlineLadderTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static final TierProgram STATUS = TierProgram.builder("status", PARIS)
      .metric("xp", TestRuleModule.total("xp"), MetricFilter.kinds("flight"))
      .metric("segments", TestRuleModule.count(), MetricFilter.kinds("flight"))
      .period(TierPeriod.calendarYear())
      .level("explorer")
      .level("silver", atLeast("xp", 100))
      .level("gold", any(atLeast("xp", 180), atLeast("segments", 60)))
      .level("platinum", atLeast("xp", 300))
      .validity(Validity.NEXT_PERIOD)
      .downgrade(Downgrade.toQualified())
      .build();

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  @Test
  void upgradeMidPeriodHoldsThroughTheNextYear() {
    // 10 Feb: 60 xp (60 < 100, explorer). 1 May 14:00: +50 = 110 >= 100 -> silver at that instant.
    // Earned in 2026, so valid through the end of 2027 (next-period).
    List<Activity> acts = List.of(flight("anna", paris("2026-02-10T09:00"), 60),
        flight("anna", paris("2026-05-01T14:00"), 50));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-06-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(s.since()).isEqualTo(paris("2026-05-01T14:00"));
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 12, 31));
    assertThat(s.history()).containsExactly(
        TierChange.of(paris("2026-05-01T14:00"), "explorer", "silver", TierReason.QUALIFIED));
    // Progress to gold shows both alternatives: xp 110 of 180 (70 to go) or segments 2 of 60 (58).
    LevelProgress p = s.progress().orElseThrow();
    assertThat(p.level()).isEqualTo("gold");
    assertThat(p.requirement().type()).isEqualTo("any");
    assertThat(p.requirement().metrics()).containsExactly(
        MetricProgress.of("xp", new BigDecimal("110"), new BigDecimal("180")),
        MetricProgress.of("segments", new BigDecimal("2"), new BigDecimal("60")));
    assertThat(p.requirement().metrics().get(0).remaining()).isEqualByComparingTo("70");
    // Retain silver: 110 of 100, already met this year.
    assertThat(s.retain().orElseThrow().met()).isTrue();
  }

  @Test
  void oneFlightJumpsTwoLevels() {
    // 50 xp (explorer), then +260 = 310 >= 300: explorer -> platinum in one step, one history entry.
    List<Activity> acts = List.of(flight("anna", paris("2026-03-01T10:00"), 50),
        flight("anna", paris("2026-03-02T10:00"), 260));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-04-01T00:00"));
    assertThat(s.level()).isEqualTo("platinum");
    assertThat(s.history()).containsExactly(
        TierChange.of(paris("2026-03-02T10:00"), "explorer", "platinum", TierReason.QUALIFIED));
    assertThat(s.progress()).isEmpty();
  }

  @Test
  void goldThroughTheSecondAlternative() {
    // 60 flights of 1 xp: xp = 60 (< 100), segments = 60 >= 60 -> gold at the 60th flight.
    List<Activity> acts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      acts.add(flight("anna", paris("2026-01-05T08:00").plusSeconds(3600L * i), 1));
    }
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-12-31T12:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.since()).isEqualTo(acts.get(59).at());
  }

  @Test
  void downgradeAtReviewWithoutSoftLandingHappensAtMidnightWithNoActivity() {
    // 2026: 310 xp -> platinum (valid through 2027). 2027: 120 xp -> E_2027 = silver.
    // Review at 2028-01-01T00:00 Paris (2027-12-31T23:00Z), no activity that day:
    // to-qualified -> max(silver, explorer) = silver, recorded at that instant.
    List<Activity> acts = List.of(flight("anna", paris("2026-03-02T10:00"), 310),
        flight("anna", paris("2027-06-01T10:00"), 120));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2028-03-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.history()).containsExactly(
        TierChange.of(paris("2026-03-02T10:00"), "explorer", "platinum", TierReason.QUALIFIED),
        TierChange.of(Instant.parse("2027-12-31T23:00:00Z"), "platinum", "silver", TierReason.QUALIFIED));
    // Silver was earned in 2027, so it holds through 2028.
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 12, 31));
    assertThat(s.metrics()).containsEntry("xp", BigDecimal.ZERO);
  }

  @Test
  void refundBelowTheThresholdCountsAtTheReview() {
    // 120 xp -> silver at once. Refund -30 -> 90 < 100: still silver until the review (upgrade
    // stands), but E_2026 = explorer, so the level ends on 31 Dec 2026.
    List<Activity> acts = List.of(flight("anna", paris("2026-04-01T10:00"), 120),
        flight("anna", paris("2026-05-01T10:00"), -30));
    TierStatus mid = STATUS.evaluate(ANNA, acts, paris("2026-06-01T00:00"));
    assertThat(mid.level()).isEqualTo("silver");
    assertThat(mid.validUntil()).contains(LocalDate.of(2026, 12, 31));
    assertThat(mid.retain().orElseThrow().requirement().metrics().get(0).remaining()).isEqualByComparingTo("10");
    TierStatus after = STATUS.evaluate(ANNA, acts, paris("2027-01-01T00:00"));
    assertThat(after.level()).isEqualTo("explorer");
    assertThat(after.reason()).isEqualTo(TierReason.BASE);
    assertThat(after.validUntil()).isEmpty();
    assertThat(after.history()).last().isEqualTo(
        TierChange.of(paris("2027-01-01T00:00"), "silver", "explorer", TierReason.BASE));
  }

  @Test
  void repeatedIdsCountOnce() {
    // The same 60-xp flight sent twice plus a 30-xp one: 60 + 30 = 90 < 100, explorer.
    Activity f = flight("anna", paris("2026-04-01T10:00"), 60).withId("AF123-0401");
    List<Activity> acts = List.of(f, f, flight("anna", paris("2026-04-02T10:00"), 30));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-06-01T00:00"));
    assertThat(s.level()).isEqualTo("explorer");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("90")).containsEntry("segments", new BigDecimal("2"));
  }

  @Test
  void othersActivitiesAndActivitiesAfterAsOfAreIgnored() {
    // Only anna's 60 counts: bob's 500 is another customer, anna's 200 comes after asOf.
    List<Activity> acts = List.of(flight("anna", paris("2026-04-01T10:00"), 60),
        flight("bob", paris("2026-04-01T11:00"), 500),
        flight("anna", paris("2026-06-01T10:00"), 200));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-05-01T00:00"));
    assertThat(s.level()).isEqualTo("explorer");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("60"));
  }

  @Test
  void unorderedInputIsReplayedInTimeOrder() {
    // Refund listed first but happening last: 120 (silver) then -30; order by time, not by list.
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), -30),
        flight("anna", paris("2026-04-01T10:00"), 120));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2026-06-01T00:00"));
    assertThat(s.history()).hasSize(1);
    assertThat(s.level()).isEqualTo("silver");
  }

  @Test
  void whatIfShowsTheDifferenceAndChangesNothing() {
    // Actual: 150 xp (silver). What if one more 40-xp flight? 190 >= 180 -> gold.
    List<Activity> acts = List.of(flight("anna", paris("2026-04-01T10:00"), 150));
    Activity extra = flight("anna", paris("2026-09-01T10:00"), 40);
    WhatIf w = STATUS.whatIf(ANNA, acts, List.of(extra), paris("2026-10-01T00:00"));
    assertThat(w.before().level()).isEqualTo("silver");
    assertThat(w.after().level()).isEqualTo("gold");
    assertThat(w.levelChanged()).isTrue();
    assertThat(w.newChanges()).containsExactly(
        TierChange.of(paris("2026-09-01T10:00"), "silver", "gold", TierReason.QUALIFIED));
    assertThat(w.lostChanges()).isEmpty();
    assertThat(w.metricChanges()).containsEntry("xp", new BigDecimal("40")).containsEntry("segments", BigDecimal.ONE);
    assertThat(STATUS.evaluate(ANNA, acts, paris("2026-10-01T00:00"))).isEqualTo(w.before());
  }

  @Test
  void customerWithoutActivitiesIsAtTheBaseLevel() {
    TierStatus s = STATUS.evaluate(ANNA.withJoined(LocalDate.of(2020, 5, 4)), List.of(), paris("2026-01-01T00:00"));
    assertThat(s.level()).isEqualTo("explorer");
    assertThat(s.reason()).isEqualTo(TierReason.BASE);
    assertThat(s.since()).isEqualTo(paris("2020-05-04T00:00"));
    assertThat(s.retain()).isEmpty();
    assertThat(s.progress().orElseThrow().level()).isEqualTo("silver");
  }
}
