package dev.pledge.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A random calendar for property tests, made from a seed. Every day follows one discipline so
 * that no two ranges can overlap: daytime ranges start at or after 06:00, and a range that runs
 * past midnight starts after the day's last range and ends at or before 06:00.
 */
record CalendarSpec(
    ZoneId zone,
    Map<DayOfWeek, List<LocalTimeRange>> week,
    Map<LocalDate, List<LocalTimeRange>> dates,
    Set<LocalDate> holidays) {

  static CalendarSpec random(Random random, ZoneId zone, LocalDate around) {
    Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, randomDay(random));
    }
    Map<LocalDate, List<LocalTimeRange>> dates = new TreeMap<>();
    Set<LocalDate> holidays = new TreeSet<>();
    int specials = random.nextInt(6);
    for (int i = 0; i < specials; i++) {
      LocalDate date = around.plusDays(random.nextInt(40) - 20);
      if (date.getYear() < 1 || date.getYear() > 9999) {
        continue; // the builder takes dates in the years 1 to 9999 only
      }
      if (random.nextBoolean()) {
        holidays.add(date);
      } else {
        dates.put(date, random.nextInt(4) == 0 ? List.of() : randomDay(random));
      }
    }
    holidays.removeAll(dates.keySet());
    return new CalendarSpec(zone, week, dates, holidays);
  }

  private static List<LocalTimeRange> randomDay(Random random) {
    List<LocalTimeRange> ranges = new ArrayList<>();
    int kind = random.nextInt(8);
    if (kind == 0) {
      return ranges;
    }
    if (kind == 1) {
      ranges.add(random.nextBoolean() ? range(360, 1440) : range(360, 360));
      return ranges;
    }
    int cursor = 360;
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count && cursor < 1439; i++) {
      int start = cursor + random.nextInt(Math.min(240, 1439 - cursor));
      int end = start + 1 + random.nextInt(Math.min(600, 1440 - start));
      ranges.add(range(start, end));
      cursor = end;
    }
    if (random.nextInt(3) == 0 && cursor < 1439) {
      int start = cursor + random.nextInt(1439 - cursor) + 1;
      if (start < 1440) {
        ranges.add(range(start, random.nextInt(361)));
      }
    }
    return ranges;
  }

  private static LocalTimeRange range(int start, int end) {
    LocalTime endTime = end == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60);
    return LocalTimeRange.of(LocalTime.of(start / 60, start % 60), endTime);
  }

  /** The calendar built through the public builder. */
  BusinessCalendar build() {
    BusinessCalendarBuilder builder = BusinessCalendar.builder("random", zone);
    week.forEach(builder::hours);
    dates.forEach(builder::date);
    holidays.forEach(builder::holiday);
    return builder.build();
  }

  /**
   * The ranges that start on {@code date}, read straight from the rules of docs/calendars.md
   * ("What is open when"): dated hours replace the week's hours, a holiday closes the date.
   */
  List<LocalTimeRange> startingOn(LocalDate date) {
    if (dates.containsKey(date)) {
      return dates.get(date);
    }
    if (holidays.contains(date)) {
      return List.of();
    }
    return week.get(date.getDayOfWeek());
  }
}
