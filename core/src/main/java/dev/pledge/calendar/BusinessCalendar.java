package dev.pledge.calendar;

import dev.pledge.calendar.internal.AlwaysCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Working time: the instants at which a team is at work, in a time zone, with holidays.
 *
 * <p>Working intervals are half-open, {@code [start, end)}. Every method is exact to the
 * nanosecond and costs the same whatever the span. Instances are immutable and thread-safe.
 *
 * <p>Build one with {@link #builder(String, ZoneId)}, or take {@link #always(String)} for a
 * calendar that is open at every instant. The semantics are set out in {@code docs/calendars.md}.
 *
 * <p><b>Supported range.</b> Every method takes instants from {@code 0001-01-01T00:00:00Z} to
 * {@code 9999-12-31T23:59:59.999999999Z}, both included, and refuses any other with an {@link
 * dev.pledge.InvalidValueException} that names the argument and states the range. An answer
 * ({@code add}, {@code nextOpen}, {@code nextClose}) is never later than the end of the range nor
 * more than 1,000 years (365,250 days) after the instant asked about; where it would be, a {@link
 * dev.pledge.PledgeException} says which limit was reached. {@code between} takes spans of at most
 * those 1,000 years. A calendar with public holidays also throws a {@code PledgeException} from any
 * query that needs a year whose holidays its holiday library cannot compute (Islamic holidays
 * outside 1882-11-12 to 2174-11-25).
 */
public interface BusinessCalendar {

  /**
   * A builder for a calendar called {@code name} whose local hours are read in {@code zone}.
   *
   * @throws dev.pledge.InvalidValueException if {@code name} is blank
   */
  static BusinessCalendarBuilder builder(String name, ZoneId zone) {
    return new BusinessCalendarBuilder(name, zone);
  }

  /**
   * Like {@link #builder(String, ZoneId)} with the zone written as an ID such as {@code
   * Europe/Warsaw}.
   *
   * @throws dev.pledge.InvalidValueException quoting the zone if it is not a known zone ID, or if {@code
   *     name} is blank
   */
  static BusinessCalendarBuilder builder(String name, String zone) {
    java.util.Objects.requireNonNull(name, "name");
    return new BusinessCalendarBuilder(name, BusinessCalendarBuilder.parseZone(zone));
  }

  /**
   * The {@code 24x7} calendar called {@code name}: open at every instant, so {@code between} is
   * elapsed time, {@code add} is plain addition, and {@code nextClose} throws. Its zone is UTC.
   *
   * @throws dev.pledge.InvalidValueException if {@code name} is blank
   */
  static BusinessCalendar always(String name) {
    return new AlwaysCalendar(BusinessCalendarBuilder.requireName(name));
  }

  /** The calendar's name, as configured. */
  String name();

  /** The zone in which the calendar's local hours are read. */
  ZoneId zone();

  /**
   * The working time inside {@code [from, to)}.
   *
   * @throws dev.pledge.InvalidValueException if {@code from} is after {@code to}, or either is
   *     outside the supported range
   * @throws dev.pledge.PledgeException if the span is longer than 1,000 years (365,250 days)
   */
  Duration between(Instant from, Instant to);

  /**
   * The earliest instant {@code u >= from} such that {@code between(from, u)} equals {@code
   * amount}.
   * An amount that runs out exactly at closing time returns closing time; a zero amount returns
   * {@code from}.
   *
   * @throws dev.pledge.InvalidValueException if {@code amount} is negative, or {@code from} is
   *     outside the supported range
   * @throws dev.pledge.PledgeException if the calendar has not {@code amount} of working time after
   *     {@code from}: none left at all, or not before the end of the supported range, or not within
   *     1,000 years (365,250 days)
   */
  Instant add(Instant from, Duration amount);

  /**
   * What {@link #add} returns, or empty where {@code add} would throw because {@code from} is
   * outside the supported range or the calendar has not {@code amount} of working time after it
   * (none left at all, or not before the end of the range, or not within 1,000 years). Lets a
   * caller ask instead of catching.
   *
   * @throws dev.pledge.InvalidValueException if {@code amount} is negative
   * @throws dev.pledge.PledgeException if public holidays the answer depends on cannot be computed
   */
  Optional<Instant> tryAdd(Instant from, Duration amount);

  /**
   * Whether {@code at} lies inside a working interval.
   *
   * @throws dev.pledge.InvalidValueException if {@code at} is outside the supported range
   */
  boolean isOpen(Instant at);

  /**
   * The earliest instant {@code >= at} at which the calendar is open ({@code at} itself when open).
   *
   * @throws dev.pledge.InvalidValueException if {@code at} is outside the supported range
   * @throws dev.pledge.PledgeException if the calendar never opens again, or not before the end of
   *     the supported range, or not within 1,000 years (365,250 days)
   */
  Instant nextOpen(Instant at);

  /**
   * The earliest instant {@code >= at} at which the calendar is closed ({@code at} itself when
   * closed).
   *
   * @throws dev.pledge.InvalidValueException if {@code at} is outside the supported range
   * @throws dev.pledge.PledgeException if the calendar never closes again (a 24x7 calendar), or not
   *     before the end of the supported range, or not within 1,000 years (365,250 days)
   */
  Instant nextClose(Instant at);
}
