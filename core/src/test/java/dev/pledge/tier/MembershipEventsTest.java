package dev.pledge.tier;

import static dev.pledge.tier.TestRules.at;
import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.membership;
import static dev.pledge.tier.TestRules.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.PledgeException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked example: a shop (Europe/Berlin) where a paid premium plan and earned spend status
 * coexist in one program, with a gold challenge and agent overrides.
 * member; plus: spend >= 300; gold: spend >= 1000; premium: sold only (no qualify).
 * Challenge for gold: 90 days, spend >= 400 from the challenge on.
 */
class MembershipEventsTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Customer MIA = Customer.of("mia");

  static final TierProgram SHOP = TierProgram.builder("shop", BERLIN)
      .metric("spend", TestRuleModule.total("amount"), MetricFilter.kinds("purchase"))
      .level("member")
      .level("plus", atLeast("spend", 300))
      .level("gold", atLeast("spend", 1000))
      .level("premium")
      .challenge("gold", 90, atLeast("spend", 400))
      .subscriptions("premium")
      .build();

  static Activity event(String kind, String local, Map<String, Object> fields) {
    return membership(kind, "mia", at(local, BERLIN), fields);
  }

  @Test
  void paidPremiumAndEarnedPlusCoexistAndTheSubscriptionLapses() {
    // 15 Jan: premium bought until 30 Jun (a date: the last day it holds). 10 Mar: spend 400
    // >= 300 -> plus earned, hidden under premium. 1 Jul 00:00 Berlin: premium lapses -> plus.
    List<Activity> acts = List.of(
        event("subscription", "2026-01-15T10:00", Map.of("program", "shop", "level", "premium", "until", "2026-06-30")),
        purchase("mia", at("2026-03-10T10:00", BERLIN), "400.00"));
    TierStatus june = SHOP.evaluate(MIA, acts, at("2026-06-30T12:00", BERLIN));
    assertThat(june.level()).isEqualTo("premium");
    assertThat(june.reason()).isEqualTo(TierReason.SUBSCRIPTION);
    assertThat(june.validUntil()).contains(LocalDate.of(2026, 6, 30));
    assertThat(june.progress()).isEmpty();
    TierStatus july = SHOP.evaluate(MIA, acts, at("2026-07-01T00:00", BERLIN));
    assertThat(july.level()).isEqualTo("plus");
    assertThat(july.validUntil()).contains(LocalDate.of(2027, 12, 31));
    assertThat(july.history()).containsExactly(
        TierChange.of(at("2026-01-15T10:00", BERLIN), "member", "premium", TierReason.SUBSCRIPTION),
        TierChange.of(at("2026-07-01T00:00", BERLIN), "premium", "plus", TierReason.QUALIFIED));
  }

  @Test
  void challengeMetBecomesAnEarnedLevel() {
    // 10 Mar: gold challenge, window to 8 Jun 00:00 (10 Mar + 90 days). 1 Apr: 250; 1 May: 200
    // -> challenge spend 450 >= 400: met, gold earned in 2026, valid through 2027 (next-period).
    List<Activity> acts = List.of(
        event("challenge", "2026-03-10T10:00", Map.of("program", "shop", "level", "gold")),
        purchase("mia", at("2026-04-01T10:00", BERLIN), "250"),
        purchase("mia", at("2026-05-01T10:00", BERLIN), "200"));
    TierStatus s = SHOP.evaluate(MIA, acts, at("2027-03-01T00:00", BERLIN));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 12, 31));
    // Granted at the event (challenge); earning it changes the reason, not the level: one change.
    assertThat(s.history()).containsExactly(
        TierChange.of(at("2026-03-10T10:00", BERLIN), "member", "gold", TierReason.CHALLENGE));
  }

  @Test
  void challengeMissedLapsesAtTheEndOfTheWindow() {
    // Same challenge, only 250 spent: 250 < 400, not met; 250 < 300, so nothing earned either.
    // The window ends at 2026-06-08T00:00 Berlin: gold -> member.
    List<Activity> acts = List.of(
        event("challenge", "2026-03-10T10:00", Map.of("program", "shop", "level", "gold")),
        purchase("mia", at("2026-04-01T10:00", BERLIN), "250"));
    TierStatus during = SHOP.evaluate(MIA, acts, at("2026-05-01T00:00", BERLIN));
    assertThat(during.reason()).isEqualTo(TierReason.CHALLENGE);
    assertThat(during.validUntil()).contains(LocalDate.of(2026, 6, 7));
    TierStatus s = SHOP.evaluate(MIA, acts, at("2026-07-01T00:00", BERLIN));
    assertThat(s.level()).isEqualTo("member");
    assertThat(s.history()).last().isEqualTo(
        TierChange.of(at("2026-06-08T00:00", BERLIN), "gold", "member", TierReason.BASE));
  }

  @Test
  void overrideIsAFloorUntilItExpiresAndItsReasonIsRecorded() {
    // 2 Feb: override to gold until 30 Apr, reason "lost luggage". 1 May 00:00: back to member.
    List<Activity> acts = List.of(event("override", "2026-02-02T09:30",
        Map.of("program", "shop", "level", "gold", "until", "2026-04-30", "reason", "lost luggage")));
    TierStatus s = SHOP.evaluate(MIA, acts, at("2026-06-01T00:00", BERLIN));
    assertThat(s.level()).isEqualTo("member");
    assertThat(s.history()).containsExactly(
        new TierChange(at("2026-02-02T09:30", BERLIN), "member", "gold", TierReason.OVERRIDE,
            Optional.of("lost luggage")),
        TierChange.of(at("2026-05-01T00:00", BERLIN), "gold", "member", TierReason.BASE));
  }

  @Test
  void eventsOfOtherProgramsAreIgnored() {
    List<Activity> acts = List.of(event("override", "2026-02-02T09:30",
        Map.of("program", "status", "level", "platinum", "until", "2026-04-30")));
    assertThat(SHOP.evaluate(MIA, acts, at("2026-03-01T00:00", BERLIN)).level()).isEqualTo("member");
  }

  @Test
  void badMembershipEventsFailLoudly() {
    Activity unknown = event("override", "2026-02-02T09:30", Map.of("program", "shop", "level", "diamond", "until", "2026-04-30"));
    assertThatThrownBy(() -> SHOP.evaluate(MIA, List.of(unknown), at("2026-03-01T00:00", BERLIN)))
        .isInstanceOf(PledgeException.class).hasMessageContaining("'diamond'").hasMessageContaining("[member, plus, gold, premium]");
    Activity notSold = event("subscription", "2026-02-02T09:30", Map.of("program", "shop", "level", "gold", "until", "2026-04-30"));
    assertThatThrownBy(() -> SHOP.evaluate(MIA, List.of(notSold), at("2026-03-01T00:00", BERLIN)))
        .isInstanceOf(PledgeException.class).hasMessageContaining("not sold as a subscription");
    Activity noUntil = event("subscription", "2026-02-02T09:30", Map.of("program", "shop", "level", "premium"));
    assertThatThrownBy(() -> SHOP.evaluate(MIA, List.of(noUntil), at("2026-03-01T00:00", BERLIN)))
        .isInstanceOf(PledgeException.class).hasMessageContaining("'until'");
  }
}
