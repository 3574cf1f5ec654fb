package dev.pledge.testkit;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.tier.TierReason;
import dev.pledge.tier.TierStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TierStatusAssertTest {
  private final TierStatus gold = SkyClub.gold();

  @Test
  void passesOnTheStatusTheEngineComputed() {
    assertThat(gold).hasLevel("gold").hasReason(TierReason.QUALIFIED).hasReason("qualified")
        .isValidUntil(LocalDate.of(2027, 12, 31)).hasMetric("xp", 200)
        .changedAt(Instant.parse("2026-03-02T10:00:00Z"), "silver")
        .changedAt(Instant.parse("2026-05-04T10:00:00Z"))
        .hasSince(Instant.parse("2026-05-04T10:00:00Z"));
  }

  @Test
  void wrongLevelShowsTheStatusAndTheExpectedLevelsQualify() {
    assertThatThrownBy(() -> assertThat(gold).in(SkyClub.PLEDGE.tiers("status")).hasLevel("platinum"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected level <platinum> but was <gold>")
        .hasMessageContaining("platinum qualify on the running period's metrics:")
        .hasMessageContaining("[ ] metric xp at least 300: xp is 200")
        .hasMessageContaining("level gold (reason qualified)")
        .hasMessageContaining("2026-03-02T10:00:00Z explorer -> silver (qualified)")
        .hasMessageContaining("next level: platinum");
  }

  @Test
  void wrongLevelWithoutTheProgramStillShowsProgressAndHistory() {
    assertThatThrownBy(() -> assertThat(gold).hasLevel("silver"))
        .hasMessageContaining("Expected level <silver> but was <gold>")
        .hasMessageContaining("[ ] metric xp: 200 of 300, 100 to go")
        .hasMessageContaining("metrics {segments=2, spend=0, xp=200}");
  }

  @Test
  void wrongValidityNamesBothDates() {
    assertThatThrownBy(() -> assertThat(gold).isValidUntil(LocalDate.of(2026, 12, 31)))
        .hasMessageContaining("valid until <2026-12-31> but it was valid until <2027-12-31>");
    assertThatThrownBy(() -> assertThat(gold).isValidIndefinitely())
        .hasMessageContaining("no end but it was valid until <2027-12-31>");
  }

  @Test
  void missingChangeNamesTheInstant() {
    assertThatThrownBy(() -> assertThat(gold).changedAt(Instant.parse("2026-04-01T00:00:00Z")))
        .hasMessageContaining("Expected a change of level at <2026-04-01T00:00:00Z> but there was none then");
    assertThatThrownBy(() -> assertThat(gold).changedAt(Instant.parse("2026-05-04T10:00:00Z"), "platinum"))
        .hasMessageContaining("change to <platinum> at <2026-05-04T10:00:00Z>");
    assertThatThrownBy(() -> assertThat(gold).hasNoChanges()).hasMessageContaining("there were 2");
  }

  @Test
  void wrongReasonAndMetricAreReported() {
    assertThatThrownBy(() -> assertThat(gold).hasReason("lifetime"))
        .hasMessageContaining("Expected reason <lifetime> but was <qualified>");
    assertThatThrownBy(() -> assertThat(gold).hasMetric("xp", 10))
        .hasMessageContaining("Expected metric <xp> to be <10> but was <200>");
    assertThatThrownBy(() -> assertThat(gold).hasMetric("miles", 10)).hasMessageContaining("was <absent>");
  }

  @Test
  void describedAsPrefixesTheMessage() {
    assertThatThrownBy(() -> assertThat(gold).as("anna").hasLevel("silver")).hasMessageStartingWith("[anna] ");
  }
}
