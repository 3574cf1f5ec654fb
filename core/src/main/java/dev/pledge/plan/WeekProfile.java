package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cases of a history, per interval of the week, averaged over the history's weeks
 * (docs/planning.md, "Staffing"). The week is cut into intervals of its local clock in a zone,
 * from Monday 00:00: with {@code PT30M}, interval 0 is Monday 00:00 to 00:30 and interval 335 is
 * Sunday 23:30 to midnight. A case counts in the interval its opening instant's local time falls
 * in.
 *
 * <p>The history's weeks are the ISO weeks (Monday to Sunday, in the zone) from the week of the
 * first case counted to the week of the last, both included, with the empty weeks between them:
 * cases on 2 March (a Monday) and 19 March 2026 (a Thursday) span 3 weeks. Weeks count whole, so a
 * history that starts or ends in mid-week lowers the average of the days it misses.
 *
 * <p>Immutable and thread-safe; built with {@link #builder(Duration, ZoneId)}, which keeps one
 * counter per interval, not the cases.
 */
public final class WeekProfile {
  /** The length of a week. */
  static final Duration WEEK = Duration.ofDays(7);

  private final Duration interval;
  private final ZoneId zone;
  private final long[] counts;
  private final LocalDate firstWeek;
  private final LocalDate lastWeek;

  private WeekProfile(Builder b) {
    interval = b.interval;
    zone = b.zone;
    counts = b.counts.clone();
    firstWeek = b.firstWeek;
    lastWeek = b.lastWeek;
  }

  /**
   * An empty profile to count cases into.
   *
   * @param interval the length of an interval: at least one minute, dividing a week evenly
   *     ({@code PT30M}, {@code PT1H}, {@code PT4H}; not {@code PT5H})
   * @param zone the zone whose local clock cuts the week
   * @throws InvalidValueException if {@code interval} is shorter than a minute or does not divide a week
   */
  public static Builder builder(Duration interval, ZoneId zone) {
    return new Builder(interval, zone);
  }

  /** The length of an interval. */
  public Duration interval() {
    return interval;
  }

  /** The zone whose local clock cuts the week. */
  public ZoneId zone() {
    return zone;
  }

  /** The intervals in a week: a week divided by the interval (336 for {@code PT30M}). */
  public int intervals() {
    return counts.length;
  }

  /** The cases counted. */
  public long cases() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /** The Monday of the first case's week; empty when no case was counted. */
  public Optional<LocalDate> firstWeek() {
    return Optional.ofNullable(firstWeek);
  }

  /** The Monday of the last case's week; empty when no case was counted. */
  public Optional<LocalDate> lastWeek() {
    return Optional.ofNullable(lastWeek);
  }

  /** The weeks of history: from the first case's week to the last case's, both included; 0 without cases. */
  public long weeks() {
    return firstWeek == null ? 0 : ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
  }

  /**
   * The average cases per week opened in interval {@code index} of the week: the cases counted
   * there divided by {@link #weeks()}; 0 without cases.
   *
   * @throws InvalidValueException if {@code index} is not from 0 to {@code intervals() − 1}
   */
  public double arrivals(int index) {
    if (index < 0 || index >= counts.length) {
      throw new InvalidValueException("index", "the interval of the week must be from 0 to " + (counts.length - 1)
          + ", but was " + index);
    }
    return firstWeek == null ? 0 : counts[index] / (double) weeks();
  }

  /** The interval of the week that {@code at}'s local time falls in, from 0. */
  public int indexOf(Instant at) {
    Objects.requireNonNull(at, "at");
    return index(LocalDateTime.ofInstant(at, zone), interval);
  }

  /**
   * The demand of the ISO week that holds {@code day}: from its Monday's local midnight to the next
   * Monday's, one interval after another in real time, each with the average arrivals of the
   * interval of the week its start falls in. On the night the clocks go forward the local hour
   * that does not exist is skipped; on the night they go back the repeated local hour is planned
   * twice, with the same average. Where the clock change is not a multiple of the interval, the
   * week's last interval is cut at its end, its arrivals in proportion.
   */
  public List<Demand> week(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    List<Demand> week = new ArrayList<>(counts.length + 2);
    for (Instant from = monday.atStartOfDay(zone).toInstant(); from.isBefore(end); ) {
      Instant to = from.plus(interval).isAfter(end) ? end : from.plus(interval);
      double share = to.equals(from.plus(interval)) ? 1 : ErlangC.seconds(Duration.between(from, to))
          / ErlangC.seconds(interval);
      week.add(new Demand(from, to, arrivals(indexOf(from)) * share));
      from = to;
    }
    return week;
  }

  private static int index(LocalDateTime local, Duration interval) {
    long intoWeek = (local.getDayOfWeek().getValue() - 1) * 86_400_000_000_000L + local.toLocalTime().toNanoOfDay();
    return (int) (intoWeek / interval.toNanos());
  }

  @Override
  public String toString() {
    return "WeekProfile[" + interval + " in " + zone + ", " + cases() + " cases over " + weeks() + " weeks]";
  }

  /** Counts cases into a {@link WeekProfile}. Not thread-safe. */
  public static final class Builder {
    private final Duration interval;
    private final ZoneId zone;
    private final long[] counts;
    private LocalDate firstWeek;
    private LocalDate lastWeek;

    private Builder(Duration interval, ZoneId zone) {
      Objects.requireNonNull(interval, "interval");
      this.zone = Objects.requireNonNull(zone, "zone");
      if (interval.compareTo(Duration.ofMinutes(1)) < 0 || WEEK.toNanos() % interval.toNanos() != 0) {
        throw new InvalidValueException("interval", "the interval must be at least a minute and divide a week "
            + "evenly (PT15M, PT30M, PT1H, ...), but was " + interval);
      }
      this.interval = interval;
      this.counts = new long[(int) (WEEK.toNanos() / interval.toNanos())];
    }

    /** Counts a case opened at {@code opened}, in the interval of the week its local time falls in. */
    public Builder add(Instant opened) {
      Objects.requireNonNull(opened, "opened");
      LocalDateTime local = LocalDateTime.ofInstant(opened, zone);
      counts[index(local, interval)]++;
      LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (firstWeek == null || monday.isBefore(firstWeek)) {
        firstWeek = monday;
      }
      if (lastWeek == null || monday.isAfter(lastWeek)) {
        lastWeek = monday;
      }
      return this;
    }

    /** The profile of the cases counted so far; the builder may go on counting. */
    public WeekProfile build() {
      return new WeekProfile(this);
    }
  }
}
