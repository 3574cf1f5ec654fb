package dev.pledge.calendar.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every calendar works on (docs/calendars.md, "Supported range"): the instants of the years
 * 1 to 9999 in UTC, local dates of those years in its configuration, and queries that look at
 * most 1,000 years ahead. Inside these bounds no arithmetic overflows and every search ends.
 */
public final class SupportedRange {

  /** The first supported instant. */
  public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** The last supported instant. */
  public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The longest stretch of time one query may cover: 1,000 years of 365.25 days. */
  public static final Duration LONGEST_SPAN = Duration.ofDays(365_250);

  static final String INSTANTS = "instants from " + FIRST + " to " + LAST;

  static final String SPAN = "1,000 years (365,250 days)";

  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9_999;

  private SupportedRange() {}

  /** Whether {@code at} is a supported instant. */
  static boolean contains(Instant at) {
    return !at.isBefore(FIRST) && !at.isAfter(LAST);
  }

  /**
   * {@code at}, after checking that it is supported.
   *
   * @throws InvalidValueException naming {@code field} and the range if it is not
   */
  static Instant check(String calendar, String field, Instant at) {
    if (!contains(at)) {
      throw new InvalidValueException(field,
          "calendar \"" + calendar + "\": " + field + " must be within the supported range, " + INSTANTS
              + ", but was " + at);
    }
    return at;
  }

  /**
   * Checks that {@code [from, to)} is a span a calendar measures: in order, and at most {@link
   * #LONGEST_SPAN} long.
   *
   * @throws InvalidValueException if {@code from} is after {@code to}
   * @throws PledgeException if the span is longer
   */
  static void checkSpan(String calendar, Instant from, Instant to) {
    if (from.isAfter(to)) {
      throw new InvalidValueException("from",
          "between: from must not be after to, but from was " + from + " and to was " + to);
    }
    if (to.isAfter(from.plus(LONGEST_SPAN))) {
      throw new PledgeException(
          "calendar \"" + calendar + "\": between takes spans of at most " + SPAN + ", but from " + from
              + " to " + to + " is longer");
    }
  }

  /**
   * The latest instant a query starting at {@code from} may reach: {@link #LONGEST_SPAN} after it,
   * or the end of the range if that comes first.
   */
  static Instant limitAfter(Instant from) {
    // Instant comparisons, not Duration.between: past 292 years that overflows its nanoseconds
    // and recovers by catching an exception, which cost every add 20 microseconds.
    return from.isBefore(LAST_FULL_SPAN_START) ? from.plus(LONGEST_SPAN) : LAST;
  }

  /** The last instant from which a whole {@link #LONGEST_SPAN} still ends within the range. */
  private static final Instant LAST_FULL_SPAN_START = LAST.minus(LONGEST_SPAN);

  /**
   * Where a search from {@code from} looked when it gave up at {@code limit}: "between ... and the
   * end of the supported range, ..." or "within 1,000 years (365,250 days) after ...".
   */
  static String searched(Instant from, Instant limit) {
    return limit.equals(LAST)
        ? "between " + from + " and the end of the supported range, " + LAST
        : "within " + SPAN + " after " + from;
  }

  /**
   * {@code date}, after checking that its year is from 1 to 9999.
   *
   * @param field the builder's field, {@code holidays} or {@code dates/...}
   * @param what how the whole sentence names the date, such as {@code "holiday must be a date"}
   * @throws InvalidValueException naming {@code field} and the years if it is not
   */
  public static LocalDate checkDate(String field, String what, LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new InvalidValueException(field,
          what + " in the years 1 to 9999, but was " + date,
          "must be a date in the years 1 to 9999, but was " + date);
    }
    return date;
  }
}
