package dev.pledge.calendar.internal;

import dev.pledge.calendar.LocalTimeRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The working time inside one fixed stretch of the timeline, {@link #SECONDS} long and aligned on
 * the epoch: the working intervals as sorted, disjoint, non-adjacent epoch-second ranges clipped
 * to the block, with the working nanoseconds accumulated before and after each.
 *
 * <p>Blocks cut the timeline by instants, not by local dates, so an overnight interval that
 * crosses a block boundary is simply split between two blocks; each interval is attributed to the
 * local date it starts on before it is cut.
 */
final class Block {

  /** 365 days; within a block, working nanoseconds fit comfortably in a {@code long}. */
  static final long SECONDS = 365L * 86_400;

  private static final long NANOS = 1_000_000_000L;

  final long first;
  final long[] starts;
  final long[] ends;
  /** Working nanoseconds in this block before interval {@code i} ends. */
  final long[] nanosAfter;
  /** Working seconds in the whole block. */
  final long totalSeconds;

  private Block(long first, long[] starts, long[] ends) {
    this.first = first;
    this.starts = starts;
    this.ends = ends;
    this.nanosAfter = new long[starts.length];
    long sum = 0;
    for (int i = 0; i < starts.length; i++) {
      sum += ends[i] - starts[i];
      nanosAfter[i] = sum * NANOS;
    }
    this.totalSeconds = sum;
  }

  /** The block that holds epoch second {@code second}. */
  static long indexOf(long second) {
    return Math.floorDiv(second, SECONDS);
  }

  /** Materialises block {@code index} of {@code schedule}. */
  static Block build(Schedule schedule, long index) {
    long from = index * SECONDS;
    long to = from + SECONDS;
    // A date's intervals start no earlier than its midnight minus 18 hours, and end no later
    // than two days and a gap (at most a day) after its midnight plus 18 hours.
    LocalDate firstDate = LocalDate.ofEpochDay(Math.floorDiv(from, 86_400) - 4);
    LocalDate lastDate = LocalDate.ofEpochDay(Math.floorDiv(to, 86_400) + 1);
    ZoneId zone = schedule.zone();
    long[] s = new long[1024];
    long[] e = new long[1024];
    int n = 0;
    for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
      for (LocalTimeRange range : schedule.startingOn(date)) {
        long start = epochSecond(date, range.start(), zone);
        LocalDate endDate = range.crossesMidnight() ? date.plusDays(1) : date;
        long end = epochSecond(endDate, range.end(), zone);
        start = Math.max(start, from);
        end = Math.min(end, to);
        if (start < end) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
            e = Arrays.copyOf(e, n * 2);
          }
          s[n] = start;
          e[n] = end;
          n++;
        }
      }
    }
    return merged(from, s, e, n);
  }

  /**
   * A local date and time as an instant: a time in a gap moves forward by the gap, in an overlap
   * the earlier offset is used (what {@link ZonedDateTime#of} does).
   */
  static long epochSecond(LocalDate date, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(LocalDateTime.of(date, time), zone).toEpochSecond();
  }

  /** Sorts by start and joins intervals that overlap or touch (a DST gap can make them overlap). */
  private static Block merged(long from, long[] s, long[] e, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(s[x], s[y]));
    long[] starts = new long[n];
    long[] ends = new long[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (m > 0 && s[i] <= ends[m - 1]) {
        ends[m - 1] = Math.max(ends[m - 1], e[i]);
      } else {
        starts[m] = s[i];
        ends[m] = e[i];
        m++;
      }
    }
    return new Block(from, Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
  }

  /** The index of the last interval starting at or before {@code second}, or -1. */
  int floor(long second) {
    int i = Arrays.binarySearch(starts, second);
    return i >= 0 ? i : -i - 2;
  }

  /** Working nanoseconds in this block before the instant {@code (second, nano)}. */
  long nanosBefore(long second, int nano) {
    int i = floor(second);
    if (i < 0) {
      return 0;
    }
    if (second < ends[i]) {
      return nanosAfter[i] - (ends[i] - second) * NANOS + nano;
    }
    return nanosAfter[i];
  }

  /** Whether an instant within epoch second {@code second} is inside a working interval. */
  boolean isOpen(long second) {
    int i = floor(second);
    return i >= 0 && second < ends[i];
  }

  /** The first interval whose {@link #nanosAfter} exceeds {@code nanos}, or the count if none. */
  int firstEndingAfter(long nanos) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (nanosAfter[mid] > nanos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Working nanoseconds before interval {@code i} starts. */
  long nanosBeforeInterval(int i) {
    return nanosAfter[i] - (ends[i] - starts[i]) * NANOS;
  }

  /** The first epoch second after this block. */
  long end() {
    return first + SECONDS;
  }
}
