package dev.pledge.tier;

import static dev.pledge.tier.TestRules.at;
import static dev.pledge.tier.TestRules.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of plan changes queued to a date (Costco-like, America/Los_Angeles): levels none
 * (base), gold-star and executive, both sold as subscriptions.
 */
class QueuedSubscriptionTest {
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final Customer ANNA = Customer.of("anna");

  static final TierProgram PLAN = TierProgram.builder("plan", LA)
      .level("none")
      .level("gold-star")
      .level("executive")
      .subscriptions("gold-star", "executive")
      .build();

  static Instant la(String local) {
    return at(local, LA);
  }

  static Activity subscription(String local, String level, String until) {
    return membership("subscription", "anna", la(local), Map.of("program", "plan", "level", level, "until", until));
  }

  static Activity queued(String local, String level, String from, String until) {
    return membership("subscription", "anna", la(local), Map.of("program", "plan", "level", level, "from", from,
        "until", until));
  }

  static final List<Activity> ISSUE_EXAMPLE = List.of(
      subscription("2025-03-01T10:00", "executive", "2026-02-28"),
      queued("2026-02-01T10:00", "gold-star", "2026-03-01", "2027-02-28"));

  @Test
  void issueExampleExecutiveThroughTheEndOfFebruaryThenGoldStar() {
    // The change made on 1 Feb takes effect on 1 Mar 00:00 (LA): executive holds through 28 Feb.
    TierStatus february = PLAN.evaluate(ANNA, ISSUE_EXAMPLE, la("2026-02-15T00:00"));
    assertThat(february.level()).isEqualTo("executive");
    assertThat(february.validUntil()).contains(LocalDate.of(2026, 2, 28));
    TierStatus march = PLAN.evaluate(ANNA, ISSUE_EXAMPLE, la("2026-03-15T00:00"));
    assertThat(march.level()).isEqualTo("gold-star");
    assertThat(march.reason()).isEqualTo(TierReason.SUBSCRIPTION);
    assertThat(march.validUntil()).contains(LocalDate.of(2027, 2, 28));
    assertThat(march.history()).containsExactly(
        TierChange.of(la("2025-03-01T10:00"), "none", "executive", TierReason.SUBSCRIPTION),
        TierChange.of(la("2026-03-01T00:00"), "executive", "gold-star", TierReason.SUBSCRIPTION));
    // Without "from" the change replaces executive at once, on 1 Feb.
    List<Activity> atOnce = List.of(ISSUE_EXAMPLE.get(0), subscription("2026-02-01T10:00", "gold-star", "2027-02-28"));
    assertThat(PLAN.evaluate(ANNA, atOnce, la("2026-02-15T00:00")).level()).isEqualTo("gold-star");
  }

  @Test
  void oneNanosecondBeforeTheFromMidnightTheRunningPlanHolds() {
    Instant from = la("2026-03-01T00:00");
    assertThat(PLAN.evaluate(ANNA, ISSUE_EXAMPLE, from.minusNanos(1)).level()).isEqualTo("executive");
    assertThat(PLAN.evaluate(ANNA, ISSUE_EXAMPLE, from).level()).isEqualTo("gold-star");
  }

  @Test
  void aChangeFromTheLeapDayStartsAtItsMidnight() {
    // Executive until 2028-03-31; a change on 10 Feb to gold-star from 29 Feb 2028: executive to
    // 28 Feb, gold-star from 2028-02-29 00:00.
    List<Activity> acts = List.of(subscription("2027-04-01T10:00", "executive", "2028-03-31"),
        queued("2028-02-10T10:00", "gold-star", "2028-02-29", "2029-02-28"));
    assertThat(PLAN.evaluate(ANNA, acts, la("2028-02-28T23:00")).validUntil()).contains(LocalDate.of(2028, 2, 28));
    TierStatus leap = PLAN.evaluate(ANNA, acts, la("2028-02-29T00:00"));
    assertThat(leap.level()).isEqualTo("gold-star");
    assertThat(leap.history()).last().extracting(TierChange::at).isEqualTo(la("2028-02-29T00:00"));
  }

  @Test
  void aFromAfterTheRunningPlansEndLeavesNothingInBetween() {
    // Executive until 2026-02-28 (ends 1 Mar 00:00); gold-star from the instant 2026-03-10T20:00Z.
    List<Activity> acts = List.of(ISSUE_EXAMPLE.get(0),
        queued("2026-02-01T10:00", "gold-star", "2026-03-10T20:00:00Z", "2027-02-28"));
    TierStatus s = PLAN.evaluate(ANNA, acts, la("2026-04-01T00:00"));
    assertThat(s.history()).extracting(TierChange::at, TierChange::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple(la("2025-03-01T10:00"), "executive"),
        org.assertj.core.groups.Tuple.tuple(la("2026-03-01T00:00"), "none"),
        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-03-10T20:00:00Z"), "gold-star"));
  }

  @Test
  void aLaterEventReplacesAQueuedChangeAndAFromInThePastIsAtOnce() {
    // 1 Feb: gold-star queued from 1 Mar; 5 Feb: executive renewed from 1 Mar instead (replaces the
    // queued change): executive all along. A from before the event takes effect at the event.
    List<Activity> renewed = List.of(ISSUE_EXAMPLE.get(0), ISSUE_EXAMPLE.get(1),
        queued("2026-02-05T10:00", "executive", "2026-03-01", "2027-02-28"));
    TierStatus s = PLAN.evaluate(ANNA, renewed, la("2026-06-01T00:00"));
    assertThat(s.level()).isEqualTo("executive");
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 2, 28));
    assertThat(s.history()).hasSize(1);
    List<Activity> past = List.of(ISSUE_EXAMPLE.get(0), queued("2026-02-01T10:00", "gold-star", "2026-01-01", "2027-02-28"));
    assertThat(PLAN.evaluate(ANNA, past, la("2026-02-02T00:00")).level()).isEqualTo("gold-star");
  }

  @Test
  void anUntilNotAfterFromCancelsTheRunningPlanThen() {
    List<Activity> acts = List.of(ISSUE_EXAMPLE.get(0), queued("2026-01-10T10:00", "gold-star", "2026-02-01", "2026-01-31"));
    assertThat(PLAN.evaluate(ANNA, acts, la("2026-01-31T12:00")).level()).isEqualTo("executive");
    assertThat(PLAN.evaluate(ANNA, acts, la("2026-02-01T00:00")).level()).isEqualTo("none");
  }

  @Test
  void fromMustBeADateOrAnInstant() {
    List<Activity> acts = List.of(queued("2026-02-01T10:00", "gold-star", "March", "2027-02-28"));
    assertThatThrownBy(() -> PLAN.evaluate(ANNA, acts, la("2026-06-01T00:00")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("from must be a date (2026-12-31) or an instant (2026-12-31T12:00:00Z), but was 'March'")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("from");
  }
}
