package dev.pledge.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;

/** Date arithmetic on epoch days, for conditions that must not build dates on their fast path. */
final class CalendarDays {
  static final long SECONDS_PER_DAY = 86_400;

  private CalendarDays() {}

  /**
   * The epoch day of {@code date.plus(period)}, computed as {@link LocalDate#plus} does (whole
   * months first, the day clamped to the month's length, then the days) without building a date.
   * Unlike {@code LocalDate}, it does not throw past the year 999,999,999.
   */
  static long plus(LocalDate date, Period period) {
    long months = period.toTotalMonths();
    if (months == 0) {
      return date.toEpochDay() + period.getDays();
    }
    long monthIndex = date.getYear() * 12L + date.getMonthValue() - 1 + months;
    long year = Math.floorDiv(monthIndex, 12);
    int month = (int) Math.floorMod(monthIndex, 12) + 1;
    int day = Math.min(date.getDayOfMonth(), Month.of(month).length(Year.isLeap(year)));
    return epochDay(year, month, day) + period.getDays();
  }

  /**
   * Days from 1970-01-01 to a proleptic Gregorian date: counted in 400-year eras of 146,097 days,
   * with the year starting in March so that the leap day falls at its end.
   */
  static long epochDay(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;                                   // [0, 399]
    int monthFromMarch = month > 2 ? month - 3 : month + 9;           // [0, 11]
    long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;       // [0, 365]
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;                        // 0000-03-01 is day -719,468
  }
}
