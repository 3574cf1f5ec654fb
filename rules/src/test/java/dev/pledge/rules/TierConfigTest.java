package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierChange;
import dev.pledge.tier.TierProgram;
import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tier programs loaded from JSON with the standard condition and metric types, then evaluated. */
class TierConfigTest {
  static final String JSON = """
      {"pledge": 1, "zone": "Europe/Paris",
       "programs": {
        "status": {
          "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"], "cabin": ["business", "first"]}},
                      "segments": {"count": true, "where": {"kind": ["flight"]}},
                      "cities": {"distinct": "to", "where": {"kind": ["flight"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "explorer"},
                     {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
                     {"id": "gold", "qualify": {"type": "any", "of": [
                        {"type": "metric", "metric": "xp", "atLeast": 180},
                        {"type": "metric", "metric": "cities", "atLeast": 3}]}}],
          "downgrade": {"mode": "soft-landing"},
          "rollover": {"metric": "xp", "max": 50}},
        "plan": {
          "metrics": {"orders": {"count": true, "where": {"kind": ["order"]}}},
          "period": {"type": "membership-year"},
          "levels": [{"id": "basic"}, {"id": "premium"}],
          "subscriptions": ["premium"]}}}
      """;

  static final Pledge PLEDGE = Pledge.builder().loadJson(JSON);
  static final Customer ZOE = Customer.of("zoe");

  static Activity flight(String at, long xp, String cabin, String to) {
    return Activity.of("zoe", Instant.parse(at), "flight").with("xp", xp).with("cabin", cabin).with("to", to);
  }

  @Test
  void jsonProgramEvaluatesWithTheStandardTypes() {
    // Business 120 xp to LIS -> silver (economy xp is filtered out by the cabin where).
    // Then economy flights to ROM and OSL: cities LIS, ROM, OSL = 3 -> gold at the third city.
    List<Activity> acts = List.of(flight("2026-02-01T10:00:00Z", 120, "business", "LIS"),
        flight("2026-03-01T10:00:00Z", 40, "economy", "ROM"),
        flight("2026-04-01T10:00:00Z", 40, "economy", "OSL"));
    TierStatus s = PLEDGE.tiers("status").evaluate(ZOE, acts, Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(s.level()).isEqualTo("gold");
    assertThat(s.metrics()).containsEntry("xp", new BigDecimal("120")).containsEntry("cities", new BigDecimal("3"));
    assertThat(s.history()).extracting(TierChange::to).containsExactly("silver", "gold");
    assertThat(s.validUntil()).contains(LocalDate.of(2027, 12, 31));
    // Soft landing with the default maxDrop 1: nothing in 2027 -> silver on 1 Jan 2028 (Paris).
    TierStatus later = PLEDGE.tiers("status").evaluate(ZOE, acts, Instant.parse("2028-02-01T00:00:00Z"));
    assertThat(later.level()).isEqualTo("silver");
    assertThat(later.reason()).isEqualTo(TierReason.SOFT_LANDING);
    assertThat(later.history()).last().extracting(TierChange::at).isEqualTo(Instant.parse("2027-12-31T23:00:00Z"));
  }

  @Test
  void surveysAreCountedOnlyByAMetricThatAsksForThem() {
    Pledge club = Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "UTC", "programs": {"club": {
          "metrics": {"everything": {"count": true}, "score": {"sum": "nps"},
                      "trips": {"count": true, "where": {"kind": ["flight", "hotel"]}},
                      "answers": {"count": true, "where": {"kind": ["survey"]}},
                      "promoters": {"count": true, "where": {"kind": ["survey", "flight"], "nps": ["9", "10"]}}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "member"}, {"id": "voice", "qualify": {"type": "metric", "metric": "answers", "atLeast": 2}}]}}}
        """);
    List<Activity> acts = List.of(flight("2026-02-01T10:00:00Z", 40, "economy", "ROM").with("nps", 3),
        Activity.of("zoe", Instant.parse("2026-02-02T10:00:00Z"), "survey").with("nps", 10),
        flight("2026-03-01T10:00:00Z", 40, "economy", "OSL"),
        Activity.of("zoe", Instant.parse("2026-03-02T10:00:00Z"), "survey").with("nps", 6));

    TierStatus s = club.tiers("club").evaluate(ZOE, acts, Instant.parse("2026-05-01T00:00:00Z"));

    // without where, or with kinds that leave survey out: the two flights only
    assertThat(s.metrics()).containsEntry("everything", new BigDecimal("2")).containsEntry("score", new BigDecimal("3"))
        .containsEntry("trips", new BigDecimal("2"));
    // kinds that list survey: the answers, and with a field filter the promoter among them
    assertThat(s.metrics()).containsEntry("answers", new BigDecimal("2")).containsEntry("promoters", new BigDecimal("1"));
    assertThat(s.level()).isEqualTo("voice");
  }

  @Test
  void programsAreEvaluatedIndependently() {
    Activity premium = new Activity("zoe", Instant.parse("2026-01-10T10:00:00Z"), "subscription", Optional.empty(),
        Map.of("program", "plan", "level", "premium", "until", "2026-12-31"));
    List<Activity> acts = List.of(premium, flight("2026-02-01T10:00:00Z", 120, "first", "LIS"));
    Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
    assertThat(PLEDGE.tiers("plan").evaluate(ZOE, acts, asOf).level()).isEqualTo("premium");
    assertThat(PLEDGE.tiers("status").evaluate(ZOE, acts, asOf).level()).isEqualTo("silver");
    assertThat(PLEDGE.tierNames()).containsExactly("status", "plan");
  }

  @Test
  void unknownProgramNameThrowsListingTheKnownOnes() {
    assertThatThrownBy(() -> PLEDGE.tiers("miles"))
        .isInstanceOf(PledgeException.class).hasMessage("no tier program named \"miles\"; the configuration defines [status, plan]");
    assertThat(PLEDGE.findTiers("miles")).isEmpty();
  }

  @Test
  void builderRejectionsBecomeLocatedProblems() {
    String bad = JSON.replace("\"type\": \"calendar-year\"", "\"type\": \"fixed-year\", \"start\": \"02-30\"")
        .replace("\"mode\": \"soft-landing\"", "\"mode\": \"soft-landing\", \"maxDrop\": 0");
    ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Pledge.builder().loadJson(bad), ConfigException.class);
    assertThat(e.getMessage()).contains("/programs/status/period/start").contains("\"02-30\"")
        .contains("/programs/status/downgrade/maxDrop");
  }

  @Test
  void exampleSkyClubStatusLoadsAndEvaluates() {
    TierProgram status = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json")).tiers("status");
    TierStatus s = status.evaluate(ZOE, List.of(Activity.of("zoe", Instant.parse("2026-02-01T10:00:00Z"), "flight")
        .with("xp", 320)), Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(s.level()).isEqualTo("platinum");
  }
}
