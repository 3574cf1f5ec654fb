package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.calendar.BusinessCalendarBuilder;
import dev.pledge.calendar.OverlappingHoursException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Binds and builds one calendar through the same {@link BusinessCalendarBuilder} Java users call;
 * a value the builder rejects becomes a problem at the pointer of that value.
 */
final class CalendarSection {
  private final Binder binder;

  CalendarSection(Binder binder) {
    this.binder = binder;
  }

  Optional<Compiled.Calendar> compile(String name, JsonNode node, Optional<ZoneId> defaultZone) {
    Problems problems = binder.problems();
    String at = "/calendars/" + SourceDocument.escape(name);
    Optional<CalendarConfig> bound = binder.bind(node, at, CalendarConfig.class);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    CalendarConfig c = bound.get();
    if (c.always()) {
      if (c.week() != null || c.holidays() != null || c.publicHolidays() != null || c.dates() != null) {
        problems.add(at, "a \"24x7\" calendar is open at every instant and takes no week, holidays or dates");
        return Optional.empty();
      }
      return Optional.of(new Compiled.Calendar(name, c.zone() != null ? c.zone() : defaultZone.orElse(ZoneId.of("UTC")),
          c, BusinessCalendar.always(name)));
    }
    if (c.week() == null && c.dates() == null) {
      problems.add(at, "needs \"week\" (working hours per day) or \"type\": \"24x7\"");
      return Optional.empty();
    }
    ZoneId zone = c.zone() != null ? c.zone() : defaultZone.orElse(null);
    if (zone == null) {
      problems.add(at, "needs a \"zone\" (here or at the top of the document)");
      return Optional.empty();
    }
    int before = problems.count();
    BusinessCalendarBuilder b = BusinessCalendar.builder(name, zone);
    if (c.week() != null) {
      c.week().forEach((day, ranges) -> step(at + "/week/" + day.wireName(),
          () -> b.hours(day.dayOfWeek(), ranges.toArray(String[]::new))));
    }
    if (c.holidays() != null) {
      for (int i = 0; i < c.holidays().size(); i++) {
        var date = c.holidays().get(i);
        step(at + "/holidays/" + i, () -> b.holiday(date));
      }
    }
    if (c.publicHolidays() != null) {
      CalendarConfig.PublicHolidays p = c.publicHolidays();
      step(at + "/publicHolidays", () -> {
        if (p.subdivision() == null) {
          b.publicHolidays(p.country());
        } else {
          b.publicHolidays(p.country(), p.subdivision());
        }
      });
    }
    if (c.dates() != null) {
      c.dates().forEach((date, ranges) -> step(at + "/dates/" + date, () -> b.date(date, ranges.toArray(String[]::new))));
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    Optional<BusinessCalendar> built = Optional.empty();
    try {
      built = Optional.of(b.build());
    } catch (OverlappingHoursException e) {
      problems.add(at + "/" + e.field(), e.getMessage());
    } catch (InvalidValueException e) {
      problems.add(at, e.getMessage());
    }
    return built.map(calendar -> new Compiled.Calendar(name, zone, c, calendar));
  }

  /** Runs one builder call; an argument it rejects is a problem at {@code at}. */
  private void step(String at, Runnable call) {
    try {
      call.run();
    } catch (InvalidValueException e) {
      binder.problems().add(at, e.problem());
    }
  }
}
