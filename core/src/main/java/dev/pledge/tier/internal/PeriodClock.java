package dev.pledge.tier.internal;

import dev.pledge.tier.TierPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * Cuts time into a program's periods. Boundaries are midnights in the zone ({@code atStartOfDay},
 * so the first instant of a day whose midnight falls in a DST gap). Periods are half-open
 * {@code [start, end)}.
 */
final class PeriodClock {
  private final TierPeriod.Type type;
  private final ZoneId zone;
  private final MonthDay fixedStart;
  private final LocalDate anchor;
  private final long[] yearStarts;
  private final LocalDate[] yearLastDays;

  /**
   * @param anchor the membership-year and since-level-change anchor: the joined date, or the
   *     first event's date when the customer has none; may be null for calendar and fixed years,
   *     which do not read it
   * @param yearLastDays per entry of {@code yearStarts}, the day before the period start
   */
  PeriodClock(TierPeriod period, ZoneId zone, LocalDate anchor, long[] yearStarts, LocalDate[] yearLastDays) {
    this.yearStarts = yearStarts;
    this.yearLastDays = yearLastDays;
    this.type = period.type();
    this.zone = zone;
    this.fixedStart = period.start().orElse(MonthDay.of(1, 1));
    this.anchor = anchor;
  }

  /** The end of the period that contains {@code first}, the customer's first event. */
  Instant firstEnd(Instant first) {
    if (type != TierPeriod.Type.SINCE_LEVEL_CHANGE) {
      return endAfter(first);
    }
    long years = Math.max(1, date(first).getYear() - anchor.getYear() - 1);
    Instant end = midnight(anchor.plusMonths(12 * years));
    while (!end.isAfter(first)) {
      years++;
      end = midnight(anchor.plusMonths(12 * years));
    }
    return end;
  }

  /**
   * The end of the period that starts at {@code start} (a boundary, or a level change under
   * since-level-change); always after {@code start}.
   */
  Instant endAfter(Instant start) {
    if (yearStarts.length > 0) {
      // A start in the precomputed years: the first boundary strictly after it, by binary search.
      int i = java.util.Arrays.binarySearch(yearStarts, start.getEpochSecond());
      i = i >= 0 ? i + 1 : -i - 1;
      if (i > 0 && i < yearStarts.length) {
        return Instant.ofEpochSecond(yearStarts[i]);
      }
    }
    LocalDate d = date(start);
    if (type == TierPeriod.Type.SINCE_LEVEL_CHANGE) {
      return midnight(d.plusMonths(12));
    }
    Instant candidate = midnight(startIn(d.getYear()));
    return candidate.isAfter(start) ? candidate : midnight(startIn(d.getYear() + 1));
  }

  /** The local date of {@code t}. */
  LocalDate date(Instant t) {
    return t.atZone(zone).toLocalDate();
  }

  /** The first instant of {@code d}. */
  Instant midnight(LocalDate d) {
    return d.atStartOfDay(zone).toInstant();
  }

  /** The last local day before the exclusive end {@code end}. */
  LocalDate lastDay(Instant end) {
    if (yearStarts.length > 0 && end.getNano() == 0) {
      // A precomputed period start: the first instant of its day, so the last day is the day before.
      int i = java.util.Arrays.binarySearch(yearStarts, end.getEpochSecond());
      if (i >= 0) {
        return yearLastDays[i];
      }
    }
    return date(end.minusNanos(1));
  }

  private LocalDate startIn(int year) {
    return type == TierPeriod.Type.MEMBERSHIP_YEAR
        ? anchor.plusYears((long) year - anchor.getYear())
        : fixedStart.atYear(year);
  }
}
