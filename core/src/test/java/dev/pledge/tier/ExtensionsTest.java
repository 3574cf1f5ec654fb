package dev.pledge.tier;

import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.at;
import static dev.pledge.tier.TestRules.flight;
import static dev.pledge.tier.TestRules.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of status extensions (Europe/Paris, calendar years, soft landing with maxDrop 1):
 * bronze (base); silver: xp >= 100; gold: xp >= 200.
 */
class ExtensionsTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static TierProgram.Builder ladder() {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .level("bronze")
        .level("silver", atLeast("xp", 100))
        .level("gold", atLeast("xp", 200))
        .downgrade(Downgrade.softLanding(1));
  }

  static final TierProgram STATUS = ladder().build();

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  static Activity extension(Instant at, Object reviews) {
    return membership("extension", "anna", at, Map.of("program", "status", "reviews", reviews,
        "reason", "pandemic"));
  }

  static List<Activity> goldIn2025(Activity... more) {
    List<Activity> acts = new ArrayList<>(List.of(flight("anna", paris("2025-04-10T10:00"), 250)));
    acts.addAll(List.of(more));
    return acts;
  }

  @Test
  void issueExampleOneReviewKeepsGoldThenTheSoftLandingStartsFromGold() {
    // Gold earned in 2025 (250 >= 200). Extension of 1 review on 2026-06-01; nothing earned after.
    // Review 2027-01-01: E = bronze, floor silver, but the extension keeps gold (reason qualified).
    // Review 2028-01-01: floor from gold = silver -> silver (soft-landing).
    List<Activity> acts = goldIn2025(extension(paris("2026-06-01T10:00"), new BigDecimal("1")));
    assertThat(STATUS.evaluate(ANNA, acts, paris("2026-07-01T00:00")).validUntil()).contains(LocalDate.of(2027, 12, 31));
    TierStatus s2027 = STATUS.evaluate(ANNA, acts, paris("2027-06-01T00:00"));
    assertThat(s2027.level()).isEqualTo("gold");
    assertThat(s2027.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(s2027.validUntil()).contains(LocalDate.of(2027, 12, 31));
    TierStatus s2028 = STATUS.evaluate(ANNA, acts, paris("2028-06-01T00:00"));
    assertThat(s2028.history()).containsExactly(
        TierChange.of(paris("2025-04-10T10:00"), "bronze", "gold", TierReason.QUALIFIED),
        TierChange.of(paris("2028-01-01T00:00"), "gold", "silver", TierReason.SOFT_LANDING));
    // Without the extension: silver on 2027-01-01, bronze on 2028-01-01.
    assertThat(STATUS.evaluate(ANNA, goldIn2025(), paris("2028-06-01T00:00")).history()).extracting(TierChange::at)
        .containsExactly(paris("2025-04-10T10:00"), paris("2027-01-01T00:00"), paris("2028-01-01T00:00"));
  }

  @Test
  void anExtensionExactlyAtTheReviewInstantCoversThatReview() {
    // At or after the event: an extension at 2027-01-01T00:00 keeps gold at that very review, even
    // listed after a flight of the same instant. One nanosecond later it covers only the 2028 review.
    Instant review = paris("2027-01-01T00:00");
    List<Activity> atReview = goldIn2025(flight("anna", review, 10), extension(review, new BigDecimal("1")));
    assertThat(STATUS.evaluate(ANNA, atReview, paris("2027-06-01T00:00")).level()).isEqualTo("gold");
    List<Activity> after = goldIn2025(extension(review.plusNanos(1), new BigDecimal("1")));
    TierStatus s = STATUS.evaluate(ANNA, after, paris("2028-06-01T00:00"));
    // 2027-01-01: silver (the extension comes later); 2028-01-01: covered, silver kept (soft-landing).
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.reason()).isEqualTo(TierReason.SOFT_LANDING);
    assertThat(s.history()).extracting(TierChange::at).containsExactly(paris("2025-04-10T10:00"), review);
  }

  @Test
  void oneNanosecondBeforeTheReviewIsAlsoInTime() {
    Instant review = paris("2027-01-01T00:00");
    List<Activity> acts = goldIn2025(extension(review.minusNanos(1), new BigDecimal("1")));
    assertThat(STATUS.evaluate(ANNA, acts, review).level()).isEqualTo("gold");
  }

  @Test
  void upgradesStillHappenAndACoveredReviewThatQualifiesCountsAsOne() {
    // Silver earned 2025 (150). Extension of 2 reviews on 2026-02-01. 2026: exactly 200 -> gold at
    // the flight; the review 2027-01-01 (first covered) finds gold earned: gold. Nothing in 2027:
    // the review 2028-01-01 (second covered) keeps gold. 2029-01-01: floor from gold -> silver.
    List<Activity> acts = List.of(flight("anna", paris("2025-04-10T10:00"), 150),
        extension(paris("2026-02-01T10:00"), new BigDecimal("2")), flight("anna", paris("2026-05-01T10:00"), 200));
    TierStatus s2027 = STATUS.evaluate(ANNA, acts, paris("2027-06-01T00:00"));
    assertThat(s2027.level()).isEqualTo("gold");
    // validUntil counts the extension already received: the 2028 review is covered: 2028-12-31.
    assertThat(s2027.validUntil()).contains(LocalDate.of(2028, 12, 31));
    assertThat(STATUS.evaluate(ANNA, acts, paris("2028-06-01T00:00")).level()).isEqualTo("gold");
    assertThat(STATUS.evaluate(ANNA, acts, paris("2029-01-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void aMembershipYearReviewOnTheLeapDayIsCovered() {
    // Joined 29 Feb 2024: anniversaries on 28 Feb in 2025-2027 and on 29 Feb in 2028. Gold earned
    // in the year from 2026-02-28 holds through the year ending on 28 Feb 2028; its review is at
    // 2028-02-29T00:00 (E = bronze, floor silver). An extension at that instant keeps gold.
    TierProgram members = ladder().period(TierPeriod.membershipYear()).build();
    Customer leap = ANNA.withJoined(LocalDate.of(2024, 2, 29));
    Instant review = paris("2028-02-29T00:00");
    List<Activity> acts = List.of(flight("anna", paris("2026-05-01T10:00"), 250),
        membership("extension", "anna", review, Map.of("program", "status", "reviews", BigDecimal.ONE)));
    assertThat(members.evaluate(leap, acts, review).level()).isEqualTo("gold");
    assertThat(members.evaluate(leap, acts.subList(0, 1), review).level()).isEqualTo("silver");
  }

  @Test
  void reviewsMustBeAWholeNumberOfAtLeastOne() {
    Map<Object, String> bad = Map.of(BigDecimal.ZERO, "0", new BigDecimal("-1"), "-1", new BigDecimal("1.5"), "1.5",
        "one", "\"one\"", "1", "\"1\"");
    bad.forEach((reviews, shown) -> assertThatThrownBy(() -> STATUS.evaluate(ANNA,
        goldIn2025(extension(paris("2026-06-01T10:00"), reviews)), paris("2027-06-01T00:00")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("extension of customer anna")
        .hasMessageEndingWith("reviews must be a whole number >= 1, but was " + shown)
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("reviews"));
    assertThatThrownBy(() -> STATUS.evaluate(ANNA, goldIn2025(membership("extension", "anna",
        paris("2026-06-01T10:00"), Map.of("program", "status"))), paris("2027-06-01T00:00")))
        .hasMessageContaining("needs a 'reviews' field");
  }
}
