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
 * moves forward by the gap; in an overlap the earlier offset is used: the rule of
 * docs/calendars.md, "Daylight saving time"), and every real-time second between them is marked
 * working. Questions are then answered by counting marked seconds, a run of them at a time.
 *
 * <p>Range boundaries are whole minutes, but offsets need not be: before a zone's first rule its
 * local mean time is to the second (America/New_York -04:56:02, Australia/Sydney +10:04:52), so a
 * boundary is a whole second and marking seconds is exact.
 */
final class SecondOracle {

  private static final long NANOS = 1_000_000_000L;

  private final long firstSecond;
  private final int seconds;
  private final BitSet working = new BitSet();

  SecondOracle(CalendarSpec spec, Instant from, Instant to) {
    firstSecond = from.getEpochSecond();
    seconds = Math.toIntExact(to.getEpochSecond() + 1 - firstSecond);
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(4);
    LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC).plusDays(2);
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (LocalTimeRange range : spec.startingOn(date)) {
        LocalDate endDate = range.end().isAfter(range.start()) ? date : date.plusDays(1);
        long start = ZonedDateTime.of(date, range.start(), spec.zone()).toEpochSecond();
        long end = ZonedDateTime.of(endDate, range.end(), spec.zone()).toEpochSecond();
        long lo = Math.max(start, firstSecond) - firstSecond;
        long hi = Math.min(end, firstSecond + seconds) - firstSecond;
        if (lo < hi) {
          working.set((int) lo, (int) hi);
        }
      }
    }
  }

  /** The window's last instant that questions may touch. */
  Instant end() {
    return Instant.ofEpochSecond(firstSecond + seconds - 1);
  }

  private int index(Instant t) {
    long i = t.getEpochSecond() - firstSecond;
    if (i < 0 || i >= seconds) {
      throw new IllegalStateException(t + " is outside the oracle's window");
    }
    return (int) i;
  }

  private Instant instant(int index) {
    return Instant.ofEpochSecond(firstSecond + index);
  }

  /** Working seconds among the whole seconds from index {@code from} up to, not including, {@code to}. */
  private long count(int from, int to) {
    long n = 0;
    for (int i = working.nextSetBit(from); i >= 0 && i < to; i = working.nextSetBit(i)) {
      int runEnd = Math.min(working.nextClearBit(i), to);
      n += runEnd - i;
      i = runEnd;
    }
    return n;
  }

  Duration between(Instant a, Instant b) {
    int i = index(a);
    int j = index(b);
    if (i == j) {
      return Duration.ofNanos(working.get(i) ? b.getNano() - a.getNano() : 0);
    }
    long head = working.get(i) ? NANOS - a.getNano() : 0;
    long tail = working.get(j) ? b.getNano() : 0;
    return Duration.ofSeconds(count(i + 1, j), head + tail);
  }

  Instant add(Instant t, Duration amount) {
    long remaining = amount.toNanos();
    if (remaining == 0) {
      return t;
    }
    int i = index(t);
    if (working.get(i)) {
      long available = NANOS - t.getNano();
      if (remaining <= available) {
        return t.plusNanos(remaining);
      }
      remaining -= available;
    }
    // Each run of working seconds, from its first second to the first second after it.
    for (i = working.nextSetBit(i + 1); i >= 0 && i < seconds; i = working.nextSetBit(i)) {
      int runEnd = working.nextClearBit(i);
      long run = (runEnd - i) * NANOS;
      if (remaining <= run) {
        return instant(i).plusNanos(remaining);
      }
      remaining -= run;
      i = runEnd;
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
    if (i < 0 || i >= seconds) {
      throw new IllegalStateException("oracle window too small for nextOpen");
    }
    return instant(i);
  }

  Instant nextClose(Instant t) {
    if (!isOpen(t)) {
      return t;
    }
    int i = working.nextClearBit(index(t));
    if (i >= seconds) {
      throw new IllegalStateException("oracle window too small for nextClose");
    }
    return instant(i);
  }
}
