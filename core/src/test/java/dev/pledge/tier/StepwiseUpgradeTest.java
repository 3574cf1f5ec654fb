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
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of stepwise upgrades (Flying Blue-like, Europe/Paris, since-level-change, rollover
 * of xp capped at 300): explorer; silver: xp >= 100; gold: xp >= 180; platinum: xp >= 300.
 */
class StepwiseUpgradeTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  static TierProgram ladder(Upgrade upgrade) {
    return TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .period(TierPeriod.sinceLevelChange())
        .level("explorer")
        .level("silver", atLeast("xp", 100))
        .level("gold", atLeast("xp", 180))
        .level("platinum", atLeast("xp", 300))
        .rollover("xp", new BigDecimal("300"))
        .upgrade(upgrade)
        .build();
  }

  static final TierProgram STEPWISE = ladder(Upgrade.STEPWISE);

  static Instant paris(String local) {
    return at(local, PARIS);
  }

  @Test
  void issueExampleOneStepAtATimeEachRestartingThePeriodWithItsRollover() {
    // 200 xp: silver qualifies (and gold): one step, to silver; the new period opens at 200 - 100 =
    // 100 < 180: silver. Direct upgrade gives gold (200 >= 180).
    Instant t = paris("2026-03-10T10:00");
    TierStatus two = STEPWISE.evaluate(ANNA, List.of(flight("anna", t, 200)), paris("2026-04-01T00:00"));
    assertThat(two.level()).isEqualTo("silver");
    assertThat(two.metrics()).containsEntry("xp", new BigDecimal("100"));
    assertThat(ladder(Upgrade.DIRECT).evaluate(ANNA, List.of(flight("anna", t, 200)), paris("2026-04-01T00:00"))
        .level()).isEqualTo("gold");
    // 400 xp: silver, opens at min(300, 400 - 100) = 300 >= 180 -> gold, opens at 300 - 180 = 120 < 300:
    // gold. Each step is a history entry at the same instant.
    TierStatus four = STEPWISE.evaluate(ANNA, List.of(flight("anna", t, 400)), paris("2026-04-01T00:00"));
    assertThat(four.level()).isEqualTo("gold");
    assertThat(four.metrics()).containsEntry("xp", new BigDecimal("120"));
    assertThat(four.history()).containsExactly(
        TierChange.of(t, "explorer", "silver", TierReason.QUALIFIED),
        TierChange.of(t, "silver", "gold", TierReason.QUALIFIED));
  }

  @Test
  void exactlyAtTheThresholdTheOpeningValuesStepAgain() {
    // 280 xp: silver, opens at 180 >= 180 (exactly) -> gold, opens at 0.
    TierStatus s = STEPWISE.evaluate(ANNA, List.of(flight("anna", paris("2026-03-10T10:00"), 280)),
        paris("2026-04-01T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.metrics()).containsEntry("xp", BigDecimal.ZERO);
  }

  @Test
  void aStepOneNanosecondBeforeTheLeapDayMidnightStartsAPeriodOnTheLeapDay() {
    // 200 xp at 2028-02-29T23:59:59.999999999: silver; the period starts on 29 Feb 2028 and ends
    // 12 months later, at 28 Feb 2029 00:00. It opens at 100, silver's threshold already, so silver
    // is earned again in it and holds through the next period too: to 28 Feb 2030 00:00, valid
    // until 27 Feb 2030. With 150 xp it opens at 50: valid until 27 Feb 2029.
    Instant t = paris("2028-03-01T00:00").minusNanos(1);
    TierStatus s = STEPWISE.evaluate(ANNA, List.of(flight("anna", t, 200)), paris("2028-03-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.validUntil()).contains(LocalDate.of(2030, 2, 27));
    assertThat(STEPWISE.evaluate(ANNA, List.of(flight("anna", t, 150)), paris("2028-03-01T00:00")).validUntil())
        .contains(LocalDate.of(2029, 2, 27));
  }

  @Test
  void aStepGoesToTheNextLevelThatCanBeEarned() {
    // A paid-only level between silver and gold is skipped: from explorer, 400 xp -> silver, then
    // gold (opens at 300 >= 180), not lounge.
    TierProgram withLounge = TierProgram.builder("status", PARIS)
        .metric("xp", TestRuleModule.total("xp"))
        .period(TierPeriod.sinceLevelChange())
        .level("explorer").level("silver", atLeast("xp", 100)).level("lounge").level("gold", atLeast("xp", 180))
        .subscriptions("lounge")
        .rollover("xp", new BigDecimal("300"))
        .upgrade(Upgrade.STEPWISE)
        .build();
    TierStatus s = withLounge.evaluate(ANNA, List.of(flight("anna", paris("2026-03-10T10:00"), 400)),
        paris("2026-04-01T00:00"));
    assertThat(s.history()).extracting(TierChange::to).containsExactly("silver", "gold");
  }

  @Test
  void stepwiseNeedsAPeriodThatRestartsOnALevelChange() {
    assertThatThrownBy(() -> TierProgram.builder("status", PARIS).metric("xp", TestRuleModule.total("xp"))
        .level("explorer").level("silver", atLeast("xp", 100)).upgrade(Upgrade.STEPWISE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("since-level-change")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("upgrade");
    assertThat(Upgrade.fromWireName("stepwise")).contains(Upgrade.STEPWISE);
  }
}
