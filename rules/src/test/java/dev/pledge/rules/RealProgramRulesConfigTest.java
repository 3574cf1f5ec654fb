package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules real programs use (issue 13), written in JSON and loaded with the standard types: each
 * test loads the rule's JSON form and checks the example by hand.
 */
class RealProgramRulesConfigTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Customer ANNA = Customer.of("anna");

  /** A calendar-year program (Paris) with base, silver at 50 xp, gold at 100, and {@code extra} JSON keys. */
  static TierProgram program(String extra) {
    return Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 50}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}}],
          %s}}}
        """.formatted(extra)).tiers("status");
  }

  static Instant paris(String local) {
    return LocalDateTime.parse(local).atZone(PARIS).toInstant();
  }

  static Activity flight(String local, long xp) {
    return Activity.of("anna", paris(local), "flight").with("xp", xp);
  }

  @Test
  void graceAfterValidity() {
    // Issue example, grace P1M: 120 in 2025 -> gold, valid until 31 Dec 2026 + 1 month = 31 Jan 2027.
    // 60 in 2026 -> the review at 2027-01-01 gives silver; gold holds to 2027-02-01 00:00, then
    // silver (earned in 2026), valid until 31 Dec 2027 + 1 month = 31 Jan 2028.
    TierProgram status = program("\"validity\": {\"type\": \"next-period\", \"grace\": \"P1M\"}");
    List<Activity> acts = List.of(flight("2025-04-10T10:00", 120), flight("2026-05-10T10:00", 60));
    assertThat(status.evaluate(ANNA, acts, paris("2025-06-01T00:00")).validUntil())
        .contains(LocalDate.of(2027, 1, 31));
    TierStatus grace = status.evaluate(ANNA, acts, paris("2027-02-01T00:00").minusNanos(1));
    assertThat(grace.level()).isEqualTo("gold");
    assertThat(grace.validUntil()).contains(LocalDate.of(2027, 1, 31));
    TierStatus after = status.evaluate(ANNA, acts, paris("2027-02-01T00:00"));
    assertThat(after.level()).isEqualTo("silver");
    assertThat(after.validUntil()).contains(LocalDate.of(2028, 1, 31));
    // The string form keeps its meaning: no grace, silver from the review at 2027-01-01.
    TierProgram plain = program("\"validity\": \"next-period\"");
    assertThat(plain.evaluate(ANNA, acts, paris("2027-01-01T00:00")).level()).isEqualTo("silver");
  }

  @Test
  void thresholdsThatChangeByQualificationYear() {
    // Gold at 100, from 2027-01-01 at 150, from 2028-01-01 at 200. 120 in 2026 -> gold; 120 in 2027
    // (150 in force) -> silver at the 2028 review; progress in 2028 asks 200.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 50}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100},
                      "qualifyFrom": {"2028-01-01": {"type": "metric", "metric": "xp", "atLeast": 200},
                                      "2027-01-01": {"type": "metric", "metric": "xp", "atLeast": 150}}}]}}}
        """).tiers("status");
    List<Activity> acts = List.of(flight("2026-03-01T10:00", 120), flight("2027-03-01T10:00", 120));
    assertThat(status.evaluate(ANNA, acts, paris("2026-06-01T00:00")).level()).isEqualTo("gold");
    TierStatus s2028 = status.evaluate(ANNA, acts, paris("2028-01-01T00:00"));
    assertThat(s2028.level()).isEqualTo("silver");
    assertThat(s2028.progress().orElseThrow().requirement().metrics().get(0).required())
        .isEqualByComparingTo("200");
  }

  @Test
  void rolloverByLevelShareAndOnce() {
    // Caps by level: silver 300, gold 300 (base not listed: carries nothing). 40 xp in 2026: base,
    // nothing carries. 175 in 2026 with share 0.5: silver, surplus 75 * 0.5 = 37.5.
    TierProgram byLevel = program("\"rollover\": {\"metric\": \"xp\", \"max\": {\"silver\": 300, \"gold\": 300}}");
    assertThat(byLevel.evaluate(ANNA, List.of(flight("2026-05-01T10:00", 40)), paris("2027-01-01T00:00"))
        .metrics().get("xp")).isEqualByComparingTo("0");
    TierProgram half = program("\"rollover\": {\"metric\": \"xp\", \"max\": {\"silver\": 300, \"gold\": 300}, "
        + "\"share\": 0.5, \"once\": true}");
    // 75 in 2026: silver, surplus (75 - 50) * 0.5 = 12.5 opens 2027 (once: at most the 75 earned in
    // 2026). Nothing earned in 2027: the review finds 12.5 -> base, which is not listed: 0 carries.
    List<Activity> acts = List.of(flight("2026-05-01T10:00", 75));
    assertThat(half.evaluate(ANNA, acts, paris("2027-01-01T00:00")).metrics().get("xp")).isEqualByComparingTo("12.5");
    assertThat(half.evaluate(ANNA, acts, paris("2028-01-01T00:00")).metrics().get("xp")).isEqualByComparingTo("0");
  }

  @Test
  void yearsAtALevelForLifetimeStatus() {
    // Marriott-like: platinum (50 nights a year) for life with 600 all-time nights and 10 years
    // ended at platinum. 60 nights a year 2015..2024: 600 nights on 2024-06-01, the 10th platinum
    // year completes at the review 2025-01-01 00:00 Paris.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"nights": {"sum": "nights", "where": {"kind": ["stay"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "member"},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "nights", "atLeast": 25}},
                     {"id": "platinum", "qualify": {"type": "metric", "metric": "nights", "atLeast": 50},
                      "lifetime": {"type": "all", "of": [
                        {"type": "metric", "metric": "nights", "atLeast": 600},
                        {"type": "periods-at-level", "level": "platinum", "atLeast": 10}]}}]}}}
        """).tiers("status");
    List<Activity> acts = new java.util.ArrayList<>();
    for (int y = 2015; y <= 2024; y++) {
      acts.add(Activity.of("anna", paris(y + "-06-01T12:00"), "stay").with("nights", 60));
    }
    Instant review = paris("2025-01-01T00:00");
    assertThat(status.evaluate(ANNA, acts, review.minusNanos(1)).reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(status.evaluate(ANNA, acts, review).reason()).isEqualTo(TierReason.LIFETIME);
  }

  @Test
  void periodsAlignedToMonths() {
    // Flying Blue-like: silver (100) reached on 12 March 2026, since-level-change, month-end: the
    // period ends at 2027-04-01 00:00 (12 March 2027's day before, 11 March, moved to 31 March), so
    // a 100-xp flight on 20 March 2027 counts in it and the review keeps silver.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
          "period": {"type": "since-level-change", "align": "month-end"},
          "levels": [{"id": "explorer"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}}]}}}
        """).tiers("status");
    List<Activity> acts = List.of(flight("2026-03-12T10:00", 150), flight("2027-03-20T10:00", 100));
    TierStatus s = status.evaluate(ANNA, acts, paris("2027-04-01T00:00"));
    assertThat(s.level()).isEqualTo("silver");
    assertThat(s.history()).hasSize(1);
    assertThat(s.validUntil()).contains(LocalDate.of(2028, 3, 31));
  }

  @Test
  void aMetricThatCountsOnlyWhileAtALevel() {
    // BA-like: xpAsGold sums the xp of flights taken while gold (100) or higher. 120 -> gold at
    // the flight (flown as base: not counted); 70 more while gold -> xpAsGold 70.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}},
                      "xpAsGold": {"sum": "xp", "where": {"kind": ["flight"]}, "whileAtLeast": "gold"}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}}]}}}
        """).tiers("status");
    List<Activity> acts = List.of(flight("2026-03-01T10:00", 120), flight("2026-04-01T10:00", 70));
    assertThat(status.evaluate(ANNA, acts, paris("2026-05-01T00:00")).metrics())
        .containsEntry("xp", new java.math.BigDecimal("190")).containsEntry("xpAsGold", new java.math.BigDecimal("70"));
  }

  @Test
  void retainThresholds() {
    // Qantas-like: gold at 700 status credits, retained with 600 (from 2028, 650). Gold earned in
    // 2025 (720); 650 in 2026 -> gold through 2027, qualified; retain shows 650 of 600.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Australia/Sydney", "programs": {"status": {
          "metrics": {"sc": {"sum": "sc"}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "bronze"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "sc", "atLeast": 300}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "sc", "atLeast": 700},
                      "retain": {"type": "metric", "metric": "sc", "atLeast": 600},
                      "retainFrom": {"2028-01-01": {"type": "metric", "metric": "sc", "atLeast": 650}}}]}}}
        """).tiers("status");
    List<Activity> acts = List.of(Activity.of("anna", Instant.parse("2025-03-01T00:00:00Z"), "flight").with("sc", 720),
        Activity.of("anna", Instant.parse("2026-03-01T00:00:00Z"), "flight").with("sc", 650));
    TierStatus s = status.evaluate(ANNA, acts, Instant.parse("2027-06-01T00:00:00Z"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.reason()).isEqualTo(TierReason.QUALIFIED);
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 12, 31));
    assertThat(status.evaluate(ANNA, acts, Instant.parse("2026-06-01T00:00:00Z")).retain().orElseThrow()
        .requirement().metrics().get(0).required()).isEqualByComparingTo("600");
  }

  @Test
  void stepwiseUpgrades() {
    // Flying Blue-like: silver 100, gold 180, platinum 300, rollover max 300, since-level-change.
    // One 400-xp flight: silver, opens at 300 >= 180 -> gold, opens at 120: gold, two changes.
    TierProgram status = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
          "period": {"type": "since-level-change"},
          "upgrade": "stepwise",
          "levels": [{"id": "explorer"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 180}},
                     {"id": "platinum", "qualify": {"type": "metric", "metric": "xp", "atLeast": 300}}],
          "rollover": {"metric": "xp", "max": 300}}}}
        """).tiers("status");
    TierStatus s = status.evaluate(ANNA, List.of(flight("2026-03-10T10:00", 400)), paris("2026-04-01T00:00"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.history()).hasSize(2);
    assertThat(s.metrics().get("xp")).isEqualByComparingTo("120");
  }
}
