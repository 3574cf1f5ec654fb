package dev.pledge.testkit;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseOutcomeAssertTest {
  private final CaseOutcome outcome = SkyClub.goldEmail();

  @Test
  void passesOnTheOutcomeTheEngineComputed() {
    assertThat(outcome).isPromised().hasPolicy("gold-email")
        .keptPromise(Metric.FIRST_RESPONSE).keptPromise("first-response")
        .hasInstances(Metric.RESOLUTION, 1)
        .breached("resolution").by(Duration.ofHours(4)).byAtLeast(Duration.ofHours(1)).times(1)
        .and().isPromised();
  }

  @Test
  void wrongPolicyShowsWhyThePolicyWasChosen() {
    assertThatThrownBy(() -> assertThat(outcome).hasPolicy("default"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected case c1 to be promised by policy <default> but it was promised by <gold-email>")
        .hasMessageContaining("why:")
        .hasMessageContaining("tier-at-least status gold")
        .hasMessageContaining("instances:")
        .hasMessageContaining("first-response#1[achieved");
  }

  @Test
  void brokenPromiseListsTheBreachedInstances() {
    assertThatThrownBy(() -> assertThat(outcome).keptPromise(Metric.RESOLUTION))
        .hasMessageContaining("to keep its promise on resolution but 1 of 1 instances breached")
        .hasMessageContaining("resolution#1[breached");
    assertThatThrownBy(() -> assertThat(outcome).keptEveryPromise()).hasMessageContaining("2 instances breached");
  }

  @Test
  void unpromisedMetricIsNotAKeptPromise() {
    assertThatThrownBy(() -> assertThat(outcome).keptPromise(Metric.AGENT_WORK))
        .hasMessageContaining("nothing was promised on it (no instance)");
  }

  @Test
  void wrongBreachAmountNamesTheActualOnes() {
    assertThatThrownBy(() -> assertThat(outcome).breached(Metric.RESOLUTION).by(Duration.ofHours(1)))
        .hasMessageContaining("by PT1H but it breached by [PT4H]");
    assertThatThrownBy(() -> assertThat(outcome).breached(Metric.FIRST_RESPONSE))
        .hasMessageContaining("to have breached first-response but no instance of it did");
  }

  @Test
  void unpromisedCase() {
    CaseOutcome none = SkyClub.PLEDGE.sla().evaluate(List.of(
        CaseEvent.opened("c2", Instant.parse("2026-03-02T09:00:00Z"), "anna", "email", "normal")),
        CustomerContext.of(SkyClub.ANNA), Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(none).isPromised().hasPolicy("default");
    assertThatThrownBy(() -> assertThat(none).isUnpromised())
        .hasMessageContaining("to be unpromised but it was PROMISED by policy <default>");
  }

  @Test
  void unknownMetricNameIsAnError() {
    assertThatThrownBy(() -> assertThat(outcome).keptPromise("speed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown metric \"speed\"");
  }
}
