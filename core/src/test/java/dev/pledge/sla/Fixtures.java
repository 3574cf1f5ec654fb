package dev.pledge.sla;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.rule.Condition;
import dev.pledge.testrules.TestRuleModule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Calendars, conditions and shorthands shared by the SLA tests. Week of 2026-03-02 (a Monday). */
final class Fixtures {
  private Fixtures() {}

  /** Monday to Friday, 09:00-17:00 UTC: eight working hours a day, closed at the weekend. */
  static final BusinessCalendar OFFICE = office();

  /** Open at every instant. */
  static final BusinessCalendar ALWAYS = BusinessCalendar.always("24x7");

  static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));
  static final CustomerContext GOLD_ANNA = ANNA.withLevel("status", "gold");

  static final String CASE = "c1";

  private static BusinessCalendar office() {
    var b = BusinessCalendar.builder("office", "UTC");
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      b.hours(d, "09:00-17:00");
    }
    return b.build();
  }

  /** An instant in the test week: {@code at("Mon 09:00")}, {@code at("Sat 10:00")}, or ISO local. */
  static Instant at(String when) {
    String[] parts = when.split(" ");
    if (parts.length == 1) {
      return LocalDateTime.parse(when).toInstant(ZoneOffset.UTC);
    }
    List<String> days = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    int day = days.indexOf(parts[0]);
    if (day < 0) {
      day = 7 + List.of("nMon", "nTue").indexOf(parts[0]); // next week's Monday, Tuesday
    }
    return LocalDateTime.parse("2026-03-02T" + parts[1]).plusDays(day).toInstant(ZoneOffset.UTC);
  }

  static Duration h(double hours) {
    return Duration.ofSeconds(Math.round(hours * 3600));
  }

  static Duration m(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static CaseEvent opened(String when, String priority) {
    return CaseEvent.opened(CASE, at(when), "anna", "email", priority);
  }

  static CaseEvent reply(String when) {
    return CaseEvent.agentReply(CASE, at(when));
  }

  static CaseEvent message(String when) {
    return CaseEvent.customerMessage(CASE, at(when));
  }

  static CaseEvent status(String when, CaseStatus status) {
    return CaseEvent.status(CASE, at(when), status);
  }

  static CaseEvent priority(String when, String priority) {
    return CaseEvent.priority(CASE, at(when), priority);
  }

  // Conditions come from the core tests' rule module, dev.pledge.testrules.TestRuleModule.

  static Condition priorityIs(String wanted) {
    return TestRuleModule.priorityIs(wanted);
  }

  static Condition statusLevelIs(String wanted) {
    return TestRuleModule.levelIs("status", wanted);
  }

  static Condition channelIs(String wanted) {
    return TestRuleModule.channelIs(wanted);
  }
}
