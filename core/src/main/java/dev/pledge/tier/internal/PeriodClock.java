package dev.pledge.tier.internal;

import dev.pledge.tier.TierPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Cuts time into a program's periods. Boundaries are midnights in the zone ({@code atStartOfDay},
 * so the first instant of a day whose midnight falls in a DST gap). Periods are half-open
 * {@code [start, end)}.
 */
final class PeriodClock {
  private final TierPeriod period;
  private final ZoneId zone;
  private final LocalDate anchor;
  private final long[] yearStarts;
  private final LocalDate[] yearLastDays;

  /**
   * @param anchor the anchor of periods that {@linkplain TierPeriod#needsAnchor() need one}: the
   *     joined date, or the first event's date when the customer has none; may be null otherwise
   * @param yearStarts epoch seconds of precomputed period starts (see {@link Plan#yearStarts}), possibly empty
   * @param yearLastDays per entry of {@code yearStarts}, the day before the period start
   */
  PeriodClock(TierPeriod period, ZoneId zone, LocalDate anchor, long[] yearStarts, LocalDate[] yearLastDays) {
    this.yearStarts = yearStarts;
    this.yearLastDays = yearLastDays;
    this.period = period;
    this.zone = zone;
    this.anchor = anchor;
  }

  /** The end of the period that contains {@code first}, the customer's first event. */
  Instant firstEnd(Instant first) {
    if (yearStarts.length > 0) {
      return endAfter(first);
    }
    return midnight(period.firstEnd(date(first), anchor));
  }

  /** The first day of the period that contains {@code first}, the customer's first event. */
  LocalDate firstStart(Instant first) {
    return period.firstStart(date(first), anchor);
  }

  /**
   * The end of the period that starts at {@code start} (a boundary, or a level change for a period
   * that restarts then); always after {@code start}.
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
    return midnight(period.nextStart(date(start), anchor));
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
}
