package dev.pledge.benchmarks.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The two usual ways of doing business-hours arithmetic, as baselines: stepping minute by minute
 * and asking "is this minute open?", and stepping one local day at a time, intersecting each
 * day's hours with the query. Both serve one shape of calendar: the same hours every working day,
 * and a set of holidays.
 */
final class NaiveCalendars {

  private final ZoneId zone;
  private final Set<DayOfWeek> workingDays;
  private final LocalTime open;
  private final LocalTime close;
  private final Set<LocalDate> holidays;

  NaiveCalendars(
      ZoneId zone, Set<DayOfWeek> workingDays, LocalTime open, LocalTime close, Set<LocalDate> holidays) {
    this.zone = zone;
    this.workingDays = workingDays;
    this.open = open;
    this.close = close;
    this.holidays = holidays;
  }

  private boolean isOpenMinute(Instant minute) {
    ZonedDateTime local = minute.atZone(zone);
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    return workingDays.contains(date.getDayOfWeek())
        && !holidays.contains(date)
        && !time.isBefore(open)
        && time.isBefore(close);
  }

  /** Working minutes in {@code [from, to)}, counted one minute at a time. */
  Duration betweenByMinute(Instant from, Instant to) {
    long minutes = 0;
    for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
      if (isOpenMinute(m)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  /** Adds whole working minutes one at a time. */
  Instant addByMinute(Instant from, Duration amount) {
    long left = amount.toMinutes();
    Instant m = from;
    while (left > 0) {
      if (isOpenMinute(m)) {
        left--;
      }
      m = m.plusSeconds(60);
    }
    return m;
  }

  /** Working time in {@code [from, to)}, one local day at a time. */
  Duration betweenByDay(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      if (workingDays.contains(d.getDayOfWeek()) && !holidays.contains(d)) {
        Instant start = max(from, ZonedDateTime.of(d, open, zone).toInstant());
        Instant end = min(to, ZonedDateTime.of(d, close, zone).toInstant());
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /** Adds working time one local day at a time. */
  Instant addByDay(Instant from, Duration amount) {
    Duration left = amount;
    for (LocalDate d = from.atZone(zone).toLocalDate(); ; d = d.plusDays(1)) {
      if (workingDays.contains(d.getDayOfWeek()) && !holidays.contains(d)) {
        Instant start = max(from, ZonedDateTime.of(d, open, zone).toInstant());
        Instant end = ZonedDateTime.of(d, close, zone).toInstant();
        if (start.isBefore(end)) {
          Duration today = Duration.between(start, end);
          if (left.compareTo(today) <= 0) {
            return start.plus(left);
          }
          left = left.minus(today);
        }
      }
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
