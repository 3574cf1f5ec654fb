package dev.pledge.calendar.internal;

import dev.pledge.calendar.LocalTimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a calendar was configured with, in local terms: weekly hours, dated replacements,
 * holidays and public holidays. Immutable once built; answers which ranges start on a date.
 */
public final class Schedule {

  private final ZoneId zone;
  private final Map<DayOfWeek, List<LocalTimeRange>> week;
  private final Map<LocalDate, List<LocalTimeRange>> dates;
  private final Set<LocalDate> holidays;
  /** Yearly holidays, indexed by {@code month * 32 + day}: no allocation per date looked up. */
  private final boolean[] yearly = new boolean[13 * 32];
  private final Optional<PublicHolidays> publicHolidays;
  private final boolean weeklyHours;
  private final Optional<LocalDate> lastDatedWorkDay;

  /** A schedule; the collections are copied and must already be checked. */
  public Schedule(
      ZoneId zone,
      Map<DayOfWeek, List<LocalTimeRange>> week,
      Map<LocalDate, List<LocalTimeRange>> dates,
      Set<LocalDate> holidays,
      Set<MonthDay> yearlyHolidays,
      Optional<PublicHolidays> publicHolidays) {
    this.zone = zone;
    EnumMap<DayOfWeek, List<LocalTimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      copy.put(day, List.copyOf(week.getOrDefault(day, List.of())));
    }
    this.week = copy;
    this.dates = Map.copyOf(dates);
    this.holidays = Set.copyOf(holidays);
    for (MonthDay day : yearlyHolidays) {
      yearly[day.getMonthValue() * 32 + day.getDayOfMonth()] = true;
    }
    this.publicHolidays = publicHolidays;
    // Yearly holidays on all 366 days of the year close every date: then no weekly hours open it.
    this.weeklyHours = copy.values().stream().anyMatch(ranges -> !ranges.isEmpty())
        && yearlyHolidays.size() < 366;
    this.lastDatedWorkDay =
        this.dates.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .max(LocalDate::compareTo);
  }

  /** The zone in which the local times are read. */
  public ZoneId zone() {
    return zone;
  }

  /** The ranges configured for {@code date}, before holidays: its dated hours or weekly hours. */
  public List<LocalTimeRange> configured(LocalDate date) {
    List<LocalTimeRange> dated = dates.get(date);
    return dated != null ? dated : week.get(date.getDayOfWeek());
  }

  /**
   * The ranges that start on {@code date}: its dated hours if it has any entry (dated hours are
   * the most specific statement and win over public holidays), else none on a holiday or public
   * holiday, else the weekly hours.
   */
  public List<LocalTimeRange> startingOn(LocalDate date) {
    List<LocalTimeRange> dated = dates.get(date);
    if (dated != null) {
      return dated;
    }
    if (holidays.contains(date) || yearly[date.getMonthValue() * 32 + date.getDayOfMonth()]
        || (publicHolidays.isPresent() && publicHolidays.get().contains(date))) {
      return List.of();
    }
    return week.get(date.getDayOfWeek());
  }

  /** Whether any weekday has hours; without them only dated hours can open the calendar. */
  public boolean hasWeeklyHours() {
    return weeklyHours;
  }

  /** The last date whose dated hours are not empty, if any. */
  public Optional<LocalDate> lastDatedWorkDay() {
    return lastDatedWorkDay;
  }
}
