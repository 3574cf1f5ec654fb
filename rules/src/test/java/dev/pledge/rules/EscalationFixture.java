package dev.pledge.rules;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The escalation policy of the hand-worked tests: an office open Monday to Friday 09:00-17:00 UTC,
 * first response in 4 working hours, resolution in 16, and the four steps of the worked example in
 * docs/escalation.md (ping-pong at the third transfer). Instants are in the week of Monday 2026-03-02.
 */
final class EscalationFixture {
  private EscalationFixture() {}

  static final String CONFIG = """
      {"pledge": 1, "zone": "UTC",
       "calendars": {"office": {"week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"],
          "wed": ["09:00-17:00"], "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]}}},
       "programs": {"status": {"metrics": {"xp": {"sum": "xp"}}, "period": {"type": "calendar-year"},
          "levels": [{"id": "base"},
                     {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}},
                     {"id": "platinum", "qualify": {"type": "metric", "metric": "xp", "atLeast": 300}}],
          "validity": "next-period", "downgrade": {"mode": "to-qualified"}}},
       "servicePolicies": [{"id": "std", "calendar": "office",
          "targets": {"first-response": "PT4H", "resolution": "PT16H"}, "objective": 0.9}],
       "escalation": {
          "lines": [{"level": 2, "name": "experts"}],
          "entry": [{"when": {"type": "tier-at-least", "program": "status", "level": "platinum"}, "line": 2},
                    {"line": 1}],
          "steps": [
            {"id": "warn", "when": {"type": "elapsed", "metric": "resolution", "atLeast": 0.75},
             "then": {"notify": ["assignee"]}},
            {"id": "breach", "when": {"type": "breached", "metric": "first-response"},
             "then": {"notify": ["team-lead"], "moveToLine": 2}},
            {"id": "ping-pong", "when": {"type": "transfers", "atLeast": 3},
             "then": {"moveToLine": 3, "keepOwner": true}},
            {"id": "sorry", "when": {"type": "breached", "metric": "resolution"},
             "then": {"compensate": {"program": "status", "activity": {"kind": "goodwill", "xp": 10}}}}]}}
      """;

  static final Pledge PLEDGE = Pledge.builder().loadJson(CONFIG);
  static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));
  static final String CASE = "c1";

  /** {@code at("Mon 09:00")}; {@code nMon}, {@code nTue}: the next week. */
  static Instant at(String when) {
    String[] parts = when.split(" ");
    int day = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "nMon", "nTue", "nWed").indexOf(parts[0]);
    return LocalDateTime.parse("2026-03-02T" + parts[1]).plusDays(day).toInstant(ZoneOffset.UTC);
  }

  static CaseEvent opened(String when) {
    return CaseEvent.opened(CASE, at(when), "anna", "email", "normal");
  }

  static CaseEvent reply(String when) {
    return CaseEvent.agentReply(CASE, at(when));
  }

  static CaseEvent status(String when, CaseStatus status) {
    return CaseEvent.status(CASE, at(when), status);
  }

  static CaseEvent transfer(String when, String to) {
    return CaseEvent.transfer(CASE, at(when), to);
  }

  static CaseEvent transferToLine(String when, String to, int line) {
    return CaseEvent.builder(CASE, at(when), CaseEventType.TRANSFER).to(to).line(line).build();
  }

  static CaseEvent escalated(String when, String step) {
    return CaseEvent.escalated(CASE, at(when), step);
  }
}
