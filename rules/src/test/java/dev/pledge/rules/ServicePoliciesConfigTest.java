package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service policies loaded from JSON, with the standard conditions, evaluated through the facade. */
class ServicePoliciesConfigTest {
  private static final String JSON = """
      {"pledge": 1, "zone": "UTC",
       "calendars": {"office": {"week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"],
                       "wed": ["09:00-17:00"], "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]}},
                     "always": {"type": "24x7"}},
       "programs": {"status": {"metrics": {"xp": {"sum": "xp"}},
          "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 200}}],
          "validity": "next-period", "downgrade": {"mode": "to-qualified"}}},
       "servicePolicies": [
          {"id": "gold-email", "when": {"type": "all", "of": [
              {"type": "tier-at-least", "program": "status", "level": "gold"},
              {"type": "channel", "in": ["email"]}]},
           "calendar": "always", "targets": {"first-response": "PT1H", "resolution": "PT8H"},
           "objective": 0.95},
          {"id": "default", "calendar": "office",
           "targets": {"first-response": "PT4H", "resolution": "P3D"}, "objective": 0.9}]}
      """;

  // Friday 2026-03-06 16:00 UTC: one office hour left that day.
  private static final Instant FRIDAY_4PM = Instant.parse("2026-03-06T16:00:00Z");
  private static final List<CaseEvent> CASE = List.of(
      CaseEvent.opened("c1", FRIDAY_4PM, "anna", "email", "normal"));

  @Test
  void aGoldEmailCaseIsPromisedOnTheAlwaysOpenCalendar() {
    Pledge pledge = Pledge.builder().loadJson(JSON);
    CustomerContext gold = CustomerContext.of(Customer.of("anna")).withLevel("status", "gold");
    // Seen at 18:00: two wall hours on 24x7 against a 1h target: breached by 1h at 17:00.
    CaseOutcome outcome = pledge.sla().evaluate(CASE, gold, FRIDAY_4PM.plusSeconds(7200));
    assertThat(outcome.policy().map(ServicePolicy::id)).contains("gold-email");
    assertThat(outcome.why().render()).contains("[x] policy gold-email", "channel");
    MetricInstance first = outcome.instance(Metric.FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.calendar()).isEqualTo("always");
    assertThat(first.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(first.breachedBy()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anyOtherCaseFallsToTheDefaultOnOfficeHours() {
    Pledge pledge = Pledge.builder().loadJson(JSON);
    CustomerContext base = CustomerContext.of(Customer.of("anna")).withLevel("status", "base");
    // Fri 16-17 counts 1h; the weekend is closed; 3h left -> Monday 12:00.
    CaseOutcome outcome = pledge.sla().evaluate(CASE, base, FRIDAY_4PM.plusSeconds(7200));
    assertThat(outcome.policy().map(ServicePolicy::id)).contains("default");
    assertThat(outcome.why().render()).contains("[ ] policy gold-email", "[x] policy default");
    MetricInstance first = outcome.instance(Metric.FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(first.deadline()).contains(Instant.parse("2026-03-09T12:00:00Z"));
    assertThat(first.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(outcome.instance(Metric.RESOLUTION, 1).orElseThrow().target())
        .isEqualTo(Duration.ofDays(3));
  }

  @Test
  void noPoliciesMeansEveryCaseIsUnpromised() {
    Pledge pledge = Pledge.builder().loadJson("{\"pledge\": 1}");
    CaseOutcome outcome = pledge.sla().evaluate(CASE,
        CustomerContext.of(Customer.of("anna")), FRIDAY_4PM);
    assertThat(outcome.promise()).isEqualTo(CaseOutcome.Promise.UNPROMISED);
  }

  @Test
  void aPolicyProblemIsReportedAtItsPointer() {
    String bad = JSON.replace("\"PT1H\"", "\"PT0S\"").replace("\"calendar\": \"office\"",
        "\"calendar\": \"nights\"");
    assertThatThrownBy(() -> Pledge.builder().loadJson(bad))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("/servicePolicies/0/targets/first-response")
        .hasMessageContaining("/servicePolicies/1/calendar");
  }
}
