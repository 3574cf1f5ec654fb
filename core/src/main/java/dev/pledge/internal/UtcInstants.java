package dev.pledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fast reader of the instants nearly every export writes, {@code 2026-03-02T09:00:00Z} with an
 * optional fraction of one to nine digits: the digits read in place, the date checked by
 * {@link LocalDate#of}, no formatter. Anything else (an offset, a leap second, a year of five
 * digits, any malformed text) is left to {@link Instant#parse}, so the answers are those of
 * {@code Instant.parse}, about twenty times sooner for these. Not exported.
 */
public final class UtcInstants {
  private UtcInstants() {}

  /** {@code text} read as {@link Instant#parse} reads it; empty if the fast path does not apply. */
  public static Optional<Instant> parse(String text) {
    int n = text.length();
    if (n < 20 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21;  // the digits between '.' and 'Z'
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return Optional.empty();
      }
      nanos = digits(text, 20, fraction);
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0 || month < 1 || month > 12 || day < 1
        || day > 31 || hour > 23 || minute > 59 || second > 59 || !validDay(year, month, day)) {
      return Optional.empty();
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Optional.of(Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos));
  }

  private static boolean validDay(int year, int month, int day) {
    return day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
  }

  /** The {@code count} decimal digits at {@code from}, or -1 if any is not an ASCII digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
