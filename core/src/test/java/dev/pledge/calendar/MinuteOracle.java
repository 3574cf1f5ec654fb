package dev.pledge.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;

/**
 * A brute-force answer to calendar questions inside a window of real time. Each working range's
 * two local boundaries are turned into instants with {@link ZonedDateTime#of} (a time in a gap
 * moves forward by the gap; in an overlap the earlier offset is used: the rule of docs/calendars.md, "Daylight saving time"),
 * and every real-time minute between them is marked working. Questions are then answered by
 * walking the window minute by minute. All range boundaries are whole minutes and all offsets of
 * the tested zones are whole minutes, so marking minutes is exact.
 */
final class MinuteOracle {

  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final long firstMinute;
  private final int minutes;
  private final BitSet working = new BitSet();

  MinuteOracle(CalendarSpec spec, Instant from, Instant to) {
    firstMinute = Math.floorDiv(from.getEpochSecond(), 60);
    minutes = (int) (Math.floorDiv(to.getEpochSecond(), 60) + 1 - firstMinute);
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(4);
    LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC).plusDays(2);
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (LocalTimeRange range : spec.startingOn(date)) {
        LocalDate endDate = range.end().isAfter(range.start()) ? date : date.plusDays(1);
        Instant start = ZonedDateTime.of(date, range.start(), spec.zone()).toInstant();
        Instant end = ZonedDateTime.of(endDate, range.end(), spec.zone()).toInstant();
        if (start.getEpochSecond() % 60 != 0 || end.getEpochSecond() % 60 != 0) {
          throw new IllegalStateException("oracle needs whole-minute offsets: " + start + " " + end);
        }
        for (long m = start.getEpochSecond() / 60; m < end.getEpochSecond() / 60; m++) {
          if (m >= firstMinute && m < firstMinute + minutes) {
            working.set((int) (m - firstMinute));
          }
        }
      }
    }
  }

  /** The window's last instant that questions may touch. */
  Instant end() {
    return Instant.ofEpochSecond((firstMinute + minutes - 1) * 60);
  }

  private long minuteStartNanos(long minute) {
    return minute * MINUTE_NANOS;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private int index(Instant t) {
    int i = (int) (Math.floorDiv(t.getEpochSecond(), 60) - firstMinute);
    if (i < 0 || i >= minutes) {
      throw new IllegalStateException(t + " is outside the oracle's window");
    }
    return i;
  }

  Duration between(Instant a, Instant b) {
    long from = nanos(a);
    long to = nanos(b);
    long total = 0;
    for (int i = index(a); i <= index(b); i++) {
      if (working.get(i)) {
        long start = minuteStartNanos(firstMinute + i);
        long end = start + MINUTE_NANOS;
        total += Math.max(0, Math.min(end, to) - Math.max(start, from));
      }
    }
    return Duration.ofNanos(total);
  }

  Instant add(Instant t, Duration amount) {
    long remaining = amount.toNanos();
    if (remaining == 0) {
      return t;
    }
    long from = nanos(t);
    for (int i = index(t); i < minutes; i++) {
      if (working.get(i)) {
        long start = Math.max(from, minuteStartNanos(firstMinute + i));
        long available = minuteStartNanos(firstMinute + i) + MINUTE_NANOS - start;
        if (remaining <= available) {
          return ofNanos(start + remaining);
        }
        remaining -= available;
      }
    }
    throw new IllegalStateException("oracle window too small for add");
  }

  boolean isOpen(Instant t) {
    return working.get(index(t));
  }

  Instant nextOpen(Instant t) {
    if (isOpen(t)) {
      return t;
    }
    int i = working.nextSetBit(index(t));
    if (i < 0 || i >= minutes) {
      throw new IllegalStateException("oracle window too small for nextOpen");
    }
    return Instant.ofEpochSecond((firstMinute + i) * 60);
  }

  Instant nextClose(Instant t) {
    if (!isOpen(t)) {
      return t;
    }
    int i = working.nextClearBit(index(t));
    if (i >= minutes) {
      throw new IllegalStateException("oracle window too small for nextClose");
    }
    return Instant.ofEpochSecond((firstMinute + i) * 60);
  }

  private static Instant ofNanos(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
