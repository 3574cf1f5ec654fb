package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Holidays that recur every year ({@code "--12-25"}): an office open 09:00-17:00 every day of
 * the week, in UTC, so a day is closed only by a holiday.
 */
class YearlyHolidayTest {

  private static BusinessCalendarBuilder everyDay() {
    BusinessCalendarBuilder b = BusinessCalendar.builder("office", ZoneOffset.UTC);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.hours(d, "09:00-17:00");
    }
    return b;
  }

  private static boolean openAtNoon(BusinessCalendar c, String date) {
    return c.isOpen(LocalDateTime.parse(date + "T12:00").toInstant(ZoneOffset.UTC));
  }

  @Test
  void aYearlyHolidayClosesThatDayInEveryYear() {
    BusinessCalendar c = everyDay().holiday("--12-25").build();
    assertThat(openAtNoon(c, "2026-12-25")).isFalse();
    assertThat(openAtNoon(c, "2031-12-25")).isFalse();
    assertThat(openAtNoon(c, "1999-12-25")).isFalse();
    assertThat(openAtNoon(c, "2026-12-24")).isTrue();
    assertThat(openAtNoon(c, "2026-12-26")).isTrue();
  }

  @Test
  void theTwentyNinthOfFebruaryClosesLeapYearsOnly() {
    BusinessCalendar c = everyDay().yearlyHoliday(MonthDay.of(2, 29)).build();
    // 2027 is not a leap year: 28 February and 1 March are ordinary days, and there is no 29th.
    assertThat(openAtNoon(c, "2027-02-28")).isTrue();
    assertThat(openAtNoon(c, "2027-03-01")).isTrue();
    // 2028 is: the 29th is closed, the days around it open.
    assertThat(openAtNoon(c, "2028-02-29")).isFalse();
    assertThat(openAtNoon(c, "2028-02-28")).isTrue();
    assertThat(openAtNoon(c, "2028-03-01")).isTrue();
  }

  @Test
  void datedHoursWinOverAYearlyHolidayForThatDate() {
    BusinessCalendar c = everyDay().holiday("--12-24").date("2026-12-24", "09:00-12:00").build();
    // 2026: the dated hours 09:00-12:00 hold (open at 10:00, closed at 12:00); other years closed.
    assertThat(c.isOpen(Instant.parse("2026-12-24T10:00:00Z"))).isTrue();
    assertThat(openAtNoon(c, "2026-12-24")).isFalse();
    assertThat(c.isOpen(Instant.parse("2027-12-24T10:00:00Z"))).isFalse();
  }

  @Test
  void workingTimeSkipsTheYearlyHoliday() {
    BusinessCalendar c = everyDay().holiday("--01-01").build();
    // From 31 December 16:00: 1 h that day, New Year's Day closed, 2 h on 2 January: 11:00.
    assertThat(c.add(Instant.parse("2026-12-31T16:00:00Z"), java.time.Duration.ofHours(3)))
        .isEqualTo(Instant.parse("2027-01-02T11:00:00Z"));
  }

  @Test
  void aDayThatNoYearHasIsRejectedQuotingIt() {
    assertThatThrownBy(() -> everyDay().holiday("--13-01")).isInstanceOf(InvalidValueException.class)
        .hasMessage("holiday must be a date YYYY-MM-DD or a yearly day --MM-DD, but was \"--13-01\"");
    assertThatThrownBy(() -> everyDay().holiday("--02-30")).isInstanceOf(InvalidValueException.class)
        .hasMessage("holiday must be a date YYYY-MM-DD or a yearly day --MM-DD, but was \"--02-30\"");
  }

  @Test
  void holidaysOnEveryDayOfTheYearCloseTheCalendarForGoodWithoutSearchingForever() {
    BusinessCalendarBuilder b = everyDay();
    for (int m = 1; m <= 12; m++) {
      for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
        b.yearlyHoliday(MonthDay.of(m, d));
      }
    }
    BusinessCalendar c = b.build();
    assertThat(openAtNoon(c, "2026-06-01")).isFalse();
    assertThat(c.tryAdd(Instant.parse("2026-06-01T10:00:00Z"), java.time.Duration.ofHours(1))).isEmpty();
    assertThatThrownBy(() -> c.add(Instant.parse("2026-06-01T10:00:00Z"), java.time.Duration.ofHours(1)))
        .isInstanceOf(dev.pledge.PledgeException.class);
  }
}
