package dev.pledge.tier;

import static dev.pledge.tier.TestRules.at;
import static dev.pledge.testrules.TestRuleModule.atLeast;
import static dev.pledge.tier.TestRules.flight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.testrules.TestRuleModule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example: soft landing (maxDrop 1) and a lifetime level, calendar years in UTC.
 * base; silver: xp >= 100; gold: xp >= 200; platinum: xp >= 300, lifetime: all-time xp >= 600.
 */
class SoftLandingLifetimeTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final Customer LEO = Customer.of("leo");

  static final TierProgram STATUS = TierProgram.builder("status", UTC)
      .metric("xp", TestRuleModule.total("xp"))
      .level("base")
      .level("silver", atLeast("xp", 100))
      .level("gold", atLeast("xp", 200))
      .level("platinum", atLeast("xp", 300), atLeast("xp", 600))
      .downgrade(Downgrade.softLanding(1))
      .build();

  @Test
  void softLandingDropsOneLevelPerReview() {
    // 2026: 350 xp -> platinum (holds through 2027). 2027: nothing -> E = base,
    // floor = platinum - 1 = gold -> gold at 2028-01-01 (soft landing). 2028: nothing ->
    // silver at 2029-01-01; 2029: nothing -> base at 2030-01-01.
    List<Activity> acts = List.of(flight("leo", at("2026-02-01T10:00", UTC), 350));
    TierStatus s2028 = STATUS.evaluate(LEO, acts, at("2028-06-01T00:00", UTC));
    assertThat(s2028.level()).isEqualTo("gold");
    assertThat(s2028.reason()).isEqualTo(TierReason.SOFT_LANDING);
    assertThat(s2028.validUntil()).contains(LocalDate.of(2028, 12, 31));
    TierStatus s2030 = STATUS.evaluate(LEO, acts, at("2030-01-01T00:00", UTC));
    assertThat(s2030.history()).extracting(TierChange::at, TierChange::to, TierChange::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(at("2026-02-01T10:00", UTC), "platinum", TierReason.QUALIFIED),
        org.assertj.core.groups.Tuple.tuple(at("2028-01-01T00:00", UTC), "gold", TierReason.SOFT_LANDING),
        org.assertj.core.groups.Tuple.tuple(at("2029-01-01T00:00", UTC), "silver", TierReason.SOFT_LANDING),
        org.assertj.core.groups.Tuple.tuple(at("2030-01-01T00:00", UTC), "base", TierReason.BASE));
  }

  @Test
  void softLandingNeverBelowWhatWasQualified() {
    // 2026: 350 -> platinum. 2027: 120 -> E = silver, floor = gold -> max = gold (soft landing).
    // 2027 with 210 instead -> E = gold = floor -> gold, reason qualified.
    TierStatus low = STATUS.evaluate(LEO, List.of(flight("leo", at("2026-02-01T10:00", UTC), 350),
        flight("leo", at("2027-02-01T10:00", UTC), 120)), at("2028-02-01T00:00", UTC));
    assertThat(low.level()).isEqualTo("gold");
    assertThat(low.reason()).isEqualTo(TierReason.SOFT_LANDING);
    TierStatus met = STATUS.evaluate(LEO, List.of(flight("leo", at("2026-02-01T10:00", UTC), 350),
        flight("leo", at("2027-02-01T10:00", UTC), 210)), at("2028-02-01T00:00", UTC));
    assertThat(met.level()).isEqualTo("gold");
    assertThat(met.reason()).isEqualTo(TierReason.QUALIFIED);
  }

  @Test
  void lifetimeIsAPermanentFloor() {
    // 2026: 350 (platinum; all-time 350). 2027, 2028: nothing -> gold, then silver (soft landing).
    // 2029-03-01: 250 -> period 250 >= 200: gold; all-time 350 + 250 = 600 >= 600 -> lifetime
    // platinum at that activity. Reviews after that cannot lower it; validUntil is empty.
    List<Activity> acts = List.of(flight("leo", at("2026-02-01T10:00", UTC), 350),
        flight("leo", at("2029-03-01T10:00", UTC), 250));
    TierStatus s = STATUS.evaluate(LEO, acts, at("2034-01-01T00:00", UTC));
    assertThat(s.level()).isEqualTo("platinum");
    assertThat(s.reason()).isEqualTo(TierReason.LIFETIME);
    assertThat(s.validUntil()).isEmpty();
    assertThat(s.retain()).isEmpty();
    assertThat(s.since()).isEqualTo(at("2029-03-01T10:00", UTC));
    assertThat(s.history()).last().isEqualTo(
        TierChange.of(at("2029-03-01T10:00", UTC), "silver", "platinum", TierReason.LIFETIME));
  }
}
