package dev.pledge.config.internal;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.BusinessCalendarBuilder;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the checked {@code servicePolicies} into an {@link SlaEngine}, through the same
 * {@link ServicePolicy} builder Java users call. The calendars the policies name are built here
 * from their checked records; a calendar the builder rejects becomes a problem at its pointer.
 */
final class SlaSection {
  private final Map<String, Compiled.Calendar> calendars;
  private final Problems problems;
  private final Map<String, Optional<BusinessCalendar>> built = new HashMap<>();

  private SlaSection(Map<String, Compiled.Calendar> calendars, Problems problems) {
    this.calendars = calendars;
    this.problems = problems;
  }

  /** The engine over {@code policies}, in document order; problems go to {@code problems}. */
  static SlaEngine engine(List<Compiled.Policy> policies, Map<String, Compiled.Calendar> calendars,
      Problems problems) {
    SlaSection section = new SlaSection(calendars, problems);
    List<ServicePolicy> out = new ArrayList<>();
    for (Compiled.Policy p : policies) {
      section.policy(p).ifPresent(out::add);
    }
    return SlaEngine.of(out);
  }

  private Optional<ServicePolicy> policy(Compiled.Policy compiled) {
    ServicePolicyConfig c = compiled.config();
    Optional<BusinessCalendar> calendar = built.computeIfAbsent(c.calendar(), this::calendar);
    if (calendar.isEmpty()) {
      return Optional.empty(); // an unknown or rejected calendar was reported already
    }
    ServicePolicy.Builder b = ServicePolicy.builder(c.id()).calendar(calendar.get())
        .objective(c.objective());
    compiled.when().ifPresent(b::when);
    c.targets().forEach((metric, target) -> b.target(metric(metric), target));
    return Optional.of(b.build());
  }

  private static Metric metric(ServicePolicyConfig.SlaMetric metric) {
    return Metric.valueOf(metric.name());
  }

  // CALENDAR: once the calendar section builds BusinessCalendar instances, use those instead.
  private Optional<BusinessCalendar> calendar(String name) {
    Compiled.Calendar compiled = calendars.get(name);
    if (compiled == null) {
      return Optional.empty();
    }
    CalendarConfig c = compiled.config();
    if (c.always()) {
      return Optional.of(BusinessCalendar.always(name));
    }
    try {
      BusinessCalendarBuilder b = BusinessCalendar.builder(name, compiled.zone());
      if (c.week() != null) {
        c.week().forEach((day, ranges) -> b.hours(day.name(), ranges.toArray(new String[0])));
      }
      if (c.holidays() != null) {
        b.holidays(c.holidays());
      }
      if (c.publicHolidays() != null) {
        if (c.publicHolidays().subdivision() == null) {
          b.publicHolidays(c.publicHolidays().country());
        } else {
          b.publicHolidays(c.publicHolidays().country(), c.publicHolidays().subdivision());
        }
      }
      if (c.dates() != null) {
        c.dates().forEach((date, ranges) -> b.date(date, ranges.toArray(new String[0])));
      }
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      problems.add("/calendars/" + SourceDocument.escape(name), e.getMessage());
      return Optional.empty();
    }
  }
}
