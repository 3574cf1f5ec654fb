package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.all;
import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Facts;
import dev.pledge.testrules.TestRuleModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the {@code periods-at-level} condition (Europe/Paris, nights as a sum):
 * member; silver: nights >= 10; gold: nights >= 25; platinum: nights >= 50.
 */
class PeriodsAtLevelTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  static Activity stay(String local, long nights) {
    return Activity.of("anna", paris(local), "stay").with("nights", nights);
  }

  /** Marriott-like: platinum for life once all-time nights >= 600 and 10 periods ended at platinum or above. */
  static final TierProgram MARRIOTT = TierProgram.builder("status", PARIS)
      .metric("nights", TestRuleModule.total("nights"))
      .level("member")
      .level("silver", atLeast("nights", 10))
      .level("gold", atLeast("nights", 25))
      .level("platinum", atLeast("nights", 50),
          all(atLeast("nights", 600), PeriodsAtLevel.of("platinum", 10)))
      .build();

  /** 60 nights on 1 June of each year from {@code from} to {@code to}. */
  static List<Activity> yearly(int from, int to, long nights) {
    List<Activity> out = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      out.add(stay(y + "-06-01T12:00", nights));
    }
    return out;
  }

  @Test
  void issueExampleLifetimePlatinumAfterTenPlatinumYearsAndSixHundredNights() {
    // 60 nights a year 2015..2024: platinum each year (60 >= 50). All-time nights reach 600 on
    // 2024-06-01, but then only 9 periods (2015..2023) have ended at platinum. The review at
    // 2025-01-01 00:00 completes 2024, the 10th: lifetime platinum from that instant.
    List<Activity> acts = yearly(2015, 2024, 60);
    Instant review = paris("2025-01-01T00:00");
    TierStatus before = MARRIOTT.evaluate(ANNA, acts, review.minusNanos(1));
    assertThat(before.level()).isEqualTo("platinum");
    assertThat(before.reason()).isEqualTo(TierReason.QUALIFIED);
    TierStatus at = MARRIOTT.evaluate(ANNA, acts, review);
    assertThat(at.reason()).isEqualTo(TierReason.LIFETIME);
    assertThat(at.validUntil()).isEmpty();
    // Nothing after: still platinum for life in 2030.
    assertThat(MARRIOTT.evaluate(ANNA, acts, paris("2030-01-01T00:00")).level()).isEqualTo("platinum");
  }

  @Test
  void exactlyTenPeriodsAtTheLevelAreEnoughAndNineAreNot() {
    // 2015: 600 nights (platinum), then 50 a year 2016..2023: 9 platinum years by 2024-01-01 -> the
    // review at 2024-01-01 completes 2023, the 9th: no lifetime. 2024: 50 -> the 10th at 2025-01-01.
    List<Activity> acts = new ArrayList<>(List.of(stay("2015-06-01T12:00", 600)));
    acts.addAll(yearly(2016, 2023, 50));
    assertThat(MARRIOTT.evaluate(ANNA, acts, paris("2024-01-01T00:00")).reason()).isNotEqualTo(TierReason.LIFETIME);
    acts.add(stay("2024-06-01T12:00", 50));
    assertThat(MARRIOTT.evaluate(ANNA, acts, paris("2025-01-01T00:00")).reason()).isEqualTo(TierReason.LIFETIME);
  }

  @Test
  void consecutiveCountsTheLongestRun() {
    // Lifetime gold after 3 consecutive years at gold or above. 30, 30, 5, 30, 30 nights in
    // 2020..2024: runs of 2 and 2 -> no. 30 in 2025 makes a run of 3 (2023, 2024, 2025), complete at
    // the review 2026-01-01. Without consecutive, 3 gold years are complete already at 2023-01-01.
    TierProgram run = goldForLife(true);
    List<Activity> acts = new ArrayList<>(List.of(stay("2020-06-01T12:00", 30), stay("2021-06-01T12:00", 30),
        stay("2022-06-01T12:00", 5), stay("2023-06-01T12:00", 30), stay("2024-06-01T12:00", 30)));
    assertThat(run.evaluate(ANNA, acts, paris("2025-06-01T00:00")).reason()).isNotEqualTo(TierReason.LIFETIME);
    assertThat(goldForLife(false).evaluate(ANNA, acts, paris("2024-01-01T00:00")).reason())
        .isEqualTo(TierReason.LIFETIME);
    acts.add(stay("2025-06-01T12:00", 30));
    // Gold is held all along since 2023-06-01, so the lifetime floor changes the reason, not the level.
    assertThat(run.evaluate(ANNA, acts, paris("2026-01-01T00:00").minusNanos(1)).reason())
        .isEqualTo(TierReason.QUALIFIED);
    TierStatus s = run.evaluate(ANNA, acts, paris("2026-01-01T00:00"));
    assertThat(s.reason()).isEqualTo(TierReason.LIFETIME);
    assertThat(s.validUntil()).isEmpty();
    assertThat(s.history()).last().extracting(TierChange::at).isEqualTo(paris("2023-06-01T12:00"));
  }

  static TierProgram goldForLife(boolean consecutive) {
    return TierProgram.builder("status", PARIS)
        .metric("nights", TestRuleModule.total("nights"))
        .level("member").level("silver", atLeast("nights", 10))
        .level("gold", atLeast("nights", 25), new PeriodsAtLevel("gold", 3, consecutive))
        .build();
  }

  @Test
  void insideQualifyOnlyPeriodsCompletedBeforeCount() {
    // Gold needs 25 nights and a completed year at silver or above. 2026: 30 nights -> silver only
    // (no year completed yet), and the review of 2026 still sees none: E_2026 = silver. 2027: 25
    // nights -> gold at once, 2026 being complete at silver.
    TierProgram ladder = TierProgram.builder("status", PARIS)
        .metric("nights", TestRuleModule.total("nights"))
        .level("member").level("silver", atLeast("nights", 10))
        .level("gold", all(atLeast("nights", 25), PeriodsAtLevel.of("silver", 1)))
        .build();
    List<Activity> acts = List.of(stay("2026-03-01T12:00", 30), stay("2027-03-01T12:00", 25));
    assertThat(ladder.evaluate(ANNA, acts, paris("2027-01-01T00:00")).level()).isEqualTo("silver");
    TierStatus s = ladder.evaluate(ANNA, acts, paris("2027-03-02T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.history()).last().extracting(TierChange::at).isEqualTo(paris("2027-03-01T12:00"));
  }

  @Test
  void membershipYearsFromTheTwentyNinthOfFebruaryCompleteOnTheTwentyEighth() {
    // Joined 29 Feb 2024; years end at 2025-02-28 and 2026-02-28 (00:00). Gold for life after 2
    // gold years: 30 nights in each; the second completes at 2026-02-28T00:00.
    TierProgram members = TierProgram.builder("status", PARIS)
        .metric("nights", TestRuleModule.total("nights"))
        .period(TierPeriod.membershipYear())
        .level("member").level("silver", atLeast("nights", 10))
        .level("gold", atLeast("nights", 25), PeriodsAtLevel.of("gold", 2))
        .build();
    Customer leap = ANNA.withJoined(LocalDate.of(2024, 2, 29));
    List<Activity> acts = List.of(stay("2024-06-01T12:00", 30), stay("2025-06-01T12:00", 30));
    Instant review = paris("2026-02-28T00:00");
    assertThat(members.evaluate(leap, acts, review.minusNanos(1)).reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(members.evaluate(leap, acts, review).reason()).isEqualTo(TierReason.LIFETIME);
  }

  @Test
  void underSinceLevelChangeAPeriodCutShortByAChangeIsComplete() {
    // since-level-change: 12 nights on 1 Mar -> silver; the period cut short there ended at silver.
    // 30 more on 1 May -> gold; that period ended at gold. Silver for life after 2 periods at silver
    // or above: it holds from the change on 1 May (the customer is gold then, so the level shown
    // does not change; the lifetime floor shows once gold lapses).
    TierProgram rolling = TierProgram.builder("status", PARIS)
        .metric("nights", TestRuleModule.total("nights"))
        .period(TierPeriod.sinceLevelChange())
        .level("member").level("silver", atLeast("nights", 10), PeriodsAtLevel.of("silver", 2))
        .level("gold", atLeast("nights", 25))
        .build();
    List<Activity> acts = List.of(stay("2026-03-01T12:00", 12), stay("2026-05-01T12:00", 30));
    // Gold's period runs to 2027-05-01; nothing after: the review gives member, but silver is for life.
    TierStatus s = rolling.evaluate(ANNA, acts, paris("2027-06-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.reason()).isEqualTo(TierReason.LIFETIME);
    assertThat(rolling.evaluate(ANNA, List.of(acts.get(0)), paris("2027-06-01T00:00")).level()).isEqualTo("member");
  }

  @Test
  void outsideATierProgramTheConditionIsFalseAndSaysWhy() {
    PeriodsAtLevel c = PeriodsAtLevel.of("gold", 1);
    assertThat(c.test(Facts.empty())).isFalse();
    assertThat(c.explain(Facts.empty()).detail()).isEqualTo("no tier program's periods are known here");
  }

  @Test
  void atLeastIsOneOrMoreAndTheLevelMustExist() {
    assertThatThrownBy(() -> PeriodsAtLevel.of("gold", 0)).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("atLeast");
    assertThatThrownBy(() -> TierProgram.builder("status", PARIS).metric("nights", TestRuleModule.total("nights"))
        .level("member").level("gold", atLeast("nights", 25), PeriodsAtLevel.of("diamond", 2)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'diamond'");
  }
}
