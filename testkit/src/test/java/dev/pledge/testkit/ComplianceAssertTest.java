package dev.pledge.testkit;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.report.Compliance;
import dev.pledge.sla.Metric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComplianceAssertTest {
  private final Compliance compliance = Compliance.create().add(SkyClub.goldEmail());

  @Test
  void passesOnKeptObjectives() {
    assertThat(compliance).meetsObjective("gold-email", Metric.FIRST_RESPONSE)
        .meetsObjective("gold-email", "first-response")
        .attainmentAtLeast("gold-email", Metric.FIRST_RESPONSE, BigDecimal.ONE)
        .missesObjective("gold-email", Metric.RESOLUTION);
  }

  @Test
  void missedObjectiveShowsTheRows() {
    assertThatThrownBy(() -> assertThat(compliance).meetsObjective("gold-email", Metric.RESOLUTION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected policy gold-email to meet its objective on resolution but it did not")
        .hasMessageContaining("compliance rows:")
        .hasMessageContaining("gold-email first-response: 1 achieved, 0 breached, 0 running, attainment 1")
        .hasMessageContaining("gold-email resolution: 0 achieved, 1 breached, 0 running, attainment 0, objective 0.95, NOT kept");
    assertThatThrownBy(() -> assertThat(compliance).meetsEveryObjective()).hasMessageContaining("NOT kept");
  }

  @Test
  void attainmentBelowTheMinimumNamesIt() {
    assertThatThrownBy(() -> assertThat(compliance).attainmentAtLeast("gold-email", "resolution", new BigDecimal("0.5")))
        .hasMessageContaining("to be at least 0.5 but it was 0");
  }

  @Test
  void missingRowSaysNothingWasCounted() {
    assertThatThrownBy(() -> assertThat(compliance).meetsObjective("default", Metric.RESOLUTION))
        .hasMessageContaining("Expected a row for policy default and resolution but no instance of it was counted");
    assertThatThrownBy(() -> assertThat(Compliance.create()).meetsObjective("default", Metric.RESOLUTION))
        .hasMessageContaining("(none: no instance was counted)");
  }
}
