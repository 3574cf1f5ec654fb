package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.MetricInstance;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two help-desk disagreements of issue 12, as they were found: the promise engine and the
 * escalation engine must tell the same story at the instant of a status change. Calendar 24x7,
 * resolution PT4H; opened 10:00, pending 10:30, open 11:00 (UTC).
 */
class EventAtAsOfAgreementTest {
  private static final Pledge PLEDGE = Pledge.builder().loadJson("""
      {"pledge": 1, "zone": "UTC", "calendars": {"always": {"type": "24x7"}},
       "servicePolicies": [{"id": "p", "calendar": "always", "targets": {"resolution": "PT4H"}, "objective": 0.9}],
       "escalation": {"steps": [{"id": "late", "when": {"type": "breached", "metric": "resolution"},
                                 "then": {"notify": ["lead"]}}]}}
      """);
  private static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));
  private static final List<CaseEvent> EVENTS = List.of(
      CaseEvent.opened("c", at("10:00"), "anna", "email", "normal"),
      CaseEvent.status("c", at("10:30"), CaseStatus.PENDING), CaseEvent.status("c", at("11:00"), CaseStatus.OPEN));

  private static Instant at(String time) {
    return Instant.parse("2026-03-02T" + time + ":00Z");
  }

  private static MetricInstance resolution(Instant asOf) {
    return PLEDGE.sla().evaluate(EVENTS, ANNA, asOf).instances().get(0);
  }

  private static Escalations escalations(Instant asOf) {
    return PLEDGE.escalation().evaluate(EVENTS, ANNA, asOf);
  }

  @Test
  void atThePauseBothSeeAPausedClock() {
    // 10:30: pending from this instant; 30 min used; no deadline and nothing scheduled.
    assertThat(resolution(at("10:30")).state()).isEqualTo(InstanceState.PAUSED);
    assertThat(resolution(at("10:30")).deadline()).isEmpty();
    assertThat(escalations(at("10:30")).nextCheckAt()).isEmpty();
  }

  @Test
  void atTheResumeBothSeeTheMovedDeadline() {
    // 11:00: open again, 3 h 30 min left: deadline 14:30, which is also the next check.
    assertThat(resolution(at("11:00")).state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(resolution(at("11:00")).deadline()).contains(at("14:30"));
    assertThat(escalations(at("11:00")).nextCheckAt()).contains(at("14:30"));
  }
}
