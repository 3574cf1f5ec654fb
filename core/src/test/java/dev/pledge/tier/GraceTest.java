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
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example of grace after validity: calendar years (Europe/Paris), to-qualified,
 * base; silver: xp >= 50; gold: xp >= 100; grace P1M unless a test says otherwise.
 */
class GraceTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static TierProgram program(Validity validity, Period grace) {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .level("base")
        .level("silver", atLeast("xp", 50))
        .level("gold", atLeast("xp", 100))
        .validity(validity)
        .grace(grace)
        .build();
  }

  static final TierProgram STATUS = program(Validity.NEXT_PERIOD, Period.ofMonths(1));

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  /** 120 xp on 10 Apr 2025, 60 xp on 10 May 2026. */
  static final List<Activity> ISSUE_EXAMPLE = List.of(flight("anna", paris("2025-04-10T10:00"), 120),
      flight("anna", paris("2026-05-10T10:00"), 60));

  @Test
  void issueExampleGoldHoldsThroughTheGraceThenSilverEarnedInTheYearBefore() {
    // 2025: 120 >= 100 -> gold at the flight. Earned in 2025, it would hold through 31 Dec 2026;
    // the grace adds P1M: 31 Dec 2026 + 1 month = 31 Jan 2027.
    TierStatus gold = STATUS.evaluate(ANNA, ISSUE_EXAMPLE, paris("2025-06-01T00:00"));
    assertThat(gold.level()).isEqualTo("gold");
    assertThat(gold.validUntil()).contains(LocalDate.of(2027, 1, 31));
    // 2026: 60 -> E_2026 = silver (60 >= 50, < 100). Review at 2027-01-01 00:00: silver < gold, so
    // gold still holds, until the midnight after 31 Jan 2027; validUntil shows the grace's last day.
    TierStatus january = STATUS.evaluate(ANNA, ISSUE_EXAMPLE, paris("2027-01-15T00:00"));
    assertThat(january.level()).isEqualTo("gold");
    assertThat(january.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(january.validUntil()).contains(LocalDate.of(2027, 1, 31));
    assertThat(january.history()).hasSize(1);
    // 2027-02-01 00:00 Paris: silver (earned in 2026), valid through 31 Dec 2027 + P1M = 31 Jan 2028.
    TierStatus february = STATUS.evaluate(ANNA, ISSUE_EXAMPLE, paris("2027-02-01T00:00"));
    assertThat(february.level()).isEqualTo("silver");
    assertThat(february.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(february.validUntil()).contains(LocalDate.of(2028, 1, 31));
    assertThat(february.history()).containsExactly(
        TierChange.of(paris("2025-04-10T10:00"), "base", "gold", TierReason.QUALIFIED),
        TierChange.of(paris("2027-02-01T00:00"), "gold", "silver", TierReason.QUALIFIED));
  }

  @Test
  void oneNanosecondBeforeTheMidnightAfterTheGraceTheLevelStillHolds() {
    // The grace's last day is 31 Jan 2027: at 23:59:59.999999999 Paris gold holds, at 00:00 silver.
    Instant lastInstant = paris("2027-02-01T00:00").minusNanos(1);
    assertThat(STATUS.evaluate(ANNA, ISSUE_EXAMPLE, lastInstant).level()).isEqualTo("gold");
    assertThat(STATUS.evaluate(ANNA, ISSUE_EXAMPLE, lastInstant.plusNanos(1)).level()).isEqualTo("silver");
  }

  @Test
  void exactlyAtTheThresholdTheReviewKeepsTheLevelAndNoGraceIsNeeded() {
    // 2026: exactly 100 -> E_2026 = gold (100 >= 100): the review keeps gold, earned in 2026, so it
    // holds through 31 Dec 2027 + P1M = 31 Jan 2028. With 99 the review gives silver and the grace
    // ends on 31 Jan 2027.
    List<Activity> exactly = List.of(flight("anna", paris("2025-04-10T10:00"), 120),
        flight("anna", paris("2026-05-10T10:00"), 100));
    TierStatus kept = STATUS.evaluate(ANNA, exactly, paris("2027-03-01T00:00"));
    assertThat(kept.level()).isEqualTo("gold");
    assertThat(kept.validUntil()).contains(LocalDate.of(2028, 1, 31));
    List<Activity> below = List.of(flight("anna", paris("2025-04-10T10:00"), 120),
        flight("anna", paris("2026-05-10T10:00"), 99));
    assertThat(STATUS.evaluate(ANNA, below, paris("2027-01-31T12:00")).validUntil()).contains(LocalDate.of(2027, 1, 31));
  }

  @Test
  void aTwoMonthGraceEndsOnTheTwentyNinthOfFebruaryInALeapYear() {
    // P2M after 31 Dec: 31 Dec 2027 + 2 months = 29 Feb 2028 (leap year), 31 Dec 2026 + 2 months =
    // 28 Feb 2027. Gold earned in 2026 holds through 2027, then to 29 Feb 2028; nothing in 2027.
    TierProgram twoMonths = program(Validity.NEXT_PERIOD, Period.ofMonths(2));
    List<Activity> acts = List.of(flight("anna", paris("2026-04-10T10:00"), 120));
    assertThat(twoMonths.evaluate(ANNA, acts, paris("2027-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2028, 2, 29));
    TierStatus leapDay = twoMonths.evaluate(ANNA, acts, paris("2028-02-29T23:00"));
    assertThat(leapDay.level()).isEqualTo("gold");
    TierStatus march = twoMonths.evaluate(ANNA, acts, paris("2028-03-01T00:00"));
    assertThat(march.level()).isEqualTo("base");
    assertThat(march.history()).last().isEqualTo(
        TierChange.of(paris("2028-03-01T00:00"), "gold", "base", TierReason.BASE));
    // Earned in 2025 instead: valid through 31 Dec 2026 + 2 months = 28 Feb 2027.
    List<Activity> earlier = List.of(flight("anna", paris("2025-04-10T10:00"), 120));
    assertThat(twoMonths.evaluate(ANNA, earlier, paris("2025-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2027, 2, 28));
  }

  @Test
  void anUpgradeDuringTheGraceIsImmediateAndEarnedInTheNewPeriod() {
    // Review at 2027-01-01 gives silver; gold holds by grace. 10 Jan 2027: 100 xp -> gold earned in
    // 2027 (no change of the level shown, so no history entry), valid through 31 Dec 2028 + P1M.
    List<Activity> acts = List.of(flight("anna", paris("2025-04-10T10:00"), 120),
        flight("anna", paris("2026-05-10T10:00"), 60), flight("anna", paris("2027-01-10T10:00"), 100));
    TierStatus s = STATUS.evaluate(ANNA, acts, paris("2027-03-01T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.validUntil()).contains(LocalDate.of(2029, 1, 31));
    assertThat(s.history()).hasSize(1);
  }

  @Test
  void aDropAtTheGraceEndAndARaiseAtTheSameInstantAreTwoChanges() {
    // Grace ends at 2027-02-01 00:00 (gold -> silver); a 100-xp flight at that very instant counts
    // after the expiry: silver -> gold, two entries at the same instant.
    Instant end = paris("2027-02-01T00:00");
    List<Activity> acts = List.of(flight("anna", paris("2025-04-10T10:00"), 120),
        flight("anna", paris("2026-05-10T10:00"), 60), flight("anna", end, 100));
    TierStatus s = STATUS.evaluate(ANNA, acts, end);
    assertThat(s.history()).containsExactly(
        TierChange.of(paris("2025-04-10T10:00"), "base", "gold", TierReason.QUALIFIED),
        TierChange.of(end, "gold", "silver", TierReason.QUALIFIED),
        TierChange.of(end, "silver", "gold", TierReason.QUALIFIED));
  }

  @Test
  void underCurrentPeriodTheGraceFollowsTheEndOfThePeriodItWasEarnedIn() {
    // current-period: gold earned in 2026 holds through 31 Dec 2026, + P1M = 31 Jan 2027; at the
    // review it falls to the floor (base), kept as gold until 2027-02-01 00:00.
    TierProgram current = program(Validity.CURRENT_PERIOD, Period.ofMonths(1));
    List<Activity> acts = List.of(flight("anna", paris("2026-04-10T10:00"), 120));
    assertThat(current.evaluate(ANNA, acts, paris("2026-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2027, 1, 31));
    assertThat(current.evaluate(ANNA, acts, paris("2027-01-20T00:00")).level()).isEqualTo("gold");
    TierStatus after = current.evaluate(ANNA, acts, paris("2027-02-01T00:00"));
    assertThat(after.level()).isEqualTo("base");
    assertThat(after.history()).last().isEqualTo(
        TierChange.of(paris("2027-02-01T00:00"), "gold", "base", TierReason.BASE));
  }

  @Test
  void aSoftLandingLevelKeptThroughTheGraceKeepsItsReason() {
    // Soft landing (maxDrop 1): gold earned 2025; nothing in 2026 -> review 2027-01-01 gives silver
    // (floor); gold holds to 31 Jan 2027 with reason qualified, silver then (soft-landing).
    // Nothing in 2027: the review 2028-01-01 gives base; silver (soft-landing) holds to 31 Jan 2028.
    TierProgram soft = TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .level("base").level("silver", atLeast("xp", 50)).level("gold", atLeast("xp", 100))
        .downgrade(Downgrade.softLanding(1))
        .grace(Period.ofMonths(1))
        .build();
    List<Activity> acts = List.of(flight("anna", paris("2025-04-10T10:00"), 120));
    TierStatus inGrace = soft.evaluate(ANNA, acts, paris("2028-01-10T00:00"));
    assertThat(inGrace.level()).isEqualTo("silver");
    assertThat(inGrace.reason()).isEqualTo(TierReason.SOFT_LANDING);
    assertThat(inGrace.validUntil()).contains(LocalDate.of(2028, 1, 31));
    assertThat(soft.evaluate(ANNA, acts, paris("2028-03-01T00:00")).history()).extracting(TierChange::at)
        .containsExactly(paris("2025-04-10T10:00"), paris("2027-02-01T00:00"), paris("2028-02-01T00:00"));
  }

  @Test
  void graceMustBeAPositivePeriod() {
    TierProgram.Builder b = TierProgram.builder("status", PARIS).level("base");
    assertThatThrownBy(() -> b.grace(Period.ZERO)).isInstanceOf(InvalidValueException.class)
        .hasMessage("grace must be a positive period such as P1M, but was P0D")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("validity/grace");
    assertThatThrownBy(() -> b.grace(Period.of(0, 1, -3))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("P1M-3D");
  }
}
