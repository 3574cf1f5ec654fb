package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarBuilderTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private static BusinessCalendarBuilder builder() {
    return BusinessCalendar.builder("support-hours", WARSAW);
  }

  @Test
  void everyJsonFieldOfTheSkyClubCalendarCanBeExpressed() {
    BusinessCalendar cal =
        BusinessCalendar.builder("support-hours", "Europe/Warsaw")
            .hours("mon", "08:00-18:00")
            .hours("tue", "08:00-12:00", "13:00-18:00")
            .hours("wed", "08:00-18:00")
            .hours("thu", "08:00-18:00")
            .hours("fri", "08:00-16:00")
            .hours("sat", "22:00-06:00")
            .holiday("2026-12-25")
            .holiday("2026-12-26")
            .publicHolidays("PL")
            .date("2026-12-24", "08:00-12:00")
            .build();
    // Thursday 2026-12-24 is a Polish public holiday since 2025, but its dated hours win: 4h.
    Instant christmasEve = LocalDate.of(2026, 12, 24).atStartOfDay(WARSAW).toInstant();
    assertThat(cal.between(christmasEve, christmasEve.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void overlappingRangesOnOneDayAreRejectedNamingTheDayAndBothRanges() {
    assertThatThrownBy(() -> builder().hours(DayOfWeek.TUESDAY, "08:00-12:00", "11:00-13:00").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("working hours on TUESDAY overlap: \"08:00-12:00\" and \"11:00-13:00\"");
  }

  @Test
  void anOvernightRangeRunningIntoTheNextDaysRangeIsRejected() {
    assertThatThrownBy(
            () -> builder().hours(DayOfWeek.SATURDAY, "22:00-06:00").hours(DayOfWeek.SUNDAY, "05:00-10:00").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "working hours overlap: \"22:00-06:00\" on SATURDAY runs past midnight into"
                + " \"05:00-10:00\" on SUNDAY");
  }

  @Test
  void aSundayNightRangeIsCheckedAgainstMonday() {
    assertThatThrownBy(
            () -> builder().hours(DayOfWeek.SUNDAY, "23:00-09:00").hours(DayOfWeek.MONDAY, "08:00-18:00").build())
        .hasMessageContaining("on SUNDAY runs past midnight into \"08:00-18:00\" on MONDAY");
  }

  @Test
  void touchingRangesAreNotAnOverlap() {
    BusinessCalendar cal =
        builder()
            .hours(DayOfWeek.SATURDAY, "18:00-24:00", "08:00-18:00")
            .hours(DayOfWeek.SUNDAY, "00:00-06:00")
            .build();
    assertThat(cal.name()).isEqualTo("support-hours");
  }

  @Test
  void datedHoursAreCheckedAgainstTheDaysAround() {
    assertThatThrownBy(
            () -> builder().hours(DayOfWeek.FRIDAY, "08:00-16:00").date("2026-12-24", "20:00-09:00").build())
        .hasMessage(
            "working hours overlap: \"20:00-09:00\" on 2026-12-24 runs past midnight into"
                + " \"08:00-16:00\" on 2026-12-25");
    assertThatThrownBy(() -> builder().date("2026-12-24", "08:00-12:00", "09:00-10:00").build())
        .hasMessage("working hours on 2026-12-24 overlap: \"08:00-12:00\" and \"09:00-10:00\"");
  }

  @Test
  void malformedInputIsRejectedAtOnceQuotingTheValue() {
    assertThatThrownBy(() -> builder().hours(DayOfWeek.MONDAY, "8-18"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("working hours must be HH:MM-HH:MM, but was \"8-18\"");
    assertThatThrownBy(() -> builder().hours("monday", "08:00-18:00"))
        .hasMessage("day must be one of [mon, tue, wed, thu, fri, sat, sun], but was \"monday\"")
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder().holiday("2026-02-30"))
        .hasMessage("holiday must be a date YYYY-MM-DD, but was \"2026-02-30\"");
    assertThatThrownBy(() -> builder().date("24.12.2026", "08:00-12:00"))
        .hasMessage("date must be a date YYYY-MM-DD, but was \"24.12.2026\"");
    assertThatThrownBy(() -> BusinessCalendar.builder("x", "Mars/Olympus"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("zone must be a time-zone ID such as \"Europe/Warsaw\", but was \"Mars/Olympus\"");
    assertThatThrownBy(() -> BusinessCalendar.builder(" ", WARSAW))
        .hasMessage("calendar name must not be blank, but was \" \"");
  }

  @Test
  void aDateOutsideTheYears1To9999IsRejectedNamingItsField() {
    for (LocalDate date : List.of(LocalDate.of(0, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.MAX, LocalDate.MIN)) {
      assertThatThrownBy(() -> builder().holiday(date))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("holidays");
            assertThat(e.problem()).isEqualTo("must be a date in the years 1 to 9999, but was " + date);
          })
          .hasMessage("holiday must be a date in the years 1 to 9999, but was " + date);
      assertThatThrownBy(() -> builder().date(date, "08:00-12:00"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("dates/" + date);
            assertThat(e.problem()).isEqualTo("must be a date in the years 1 to 9999, but was " + date);
          })
          .hasMessage("date must be in the years 1 to 9999, but was " + date);
    }
    assertThatThrownBy(() -> builder().holiday("0000-06-01"))
        .isInstanceOf(InvalidValueException.class).hasMessage("holiday must be a date in the years 1 to 9999, but was 0000-06-01");
    assertThatThrownBy(() -> builder().date("+10000-06-01"))
        .isInstanceOf(InvalidValueException.class).hasMessage("date must be in the years 1 to 9999, but was +10000-06-01");
    assertThatThrownBy(() -> builder().holidays(List.of(LocalDate.of(2026, 1, 1), LocalDate.MAX)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aDateThatIsBothAHolidayAndHasDatedHoursIsRejected() {
    assertThatThrownBy(() -> builder().holiday("2026-12-24").date("2026-12-24", "08:00-12:00").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("date 2026-12-24 is both a holiday and has dated hours [08:00-12:00]; give it one or the other");
  }

  @Test
  void anUnknownCountryIsRejectedSayingWhereToLook() {
    assertThatThrownBy(() -> builder().publicHolidays("XX"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("public holidays: unknown country \"XX\"")
        .hasMessageContaining("HolidayManager.getSupportedCalendarCodes()");
  }

  @Test
  void anUnknownSubdivisionIsRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> builder().publicHolidays("DE", "zz"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("public holidays: unknown subdivision \"zz\" of country \"DE\"; expected one of [")
        .hasMessageContaining("by");
  }

  @Test
  void aSubdivisionAddsItsOwnHolidays() {
    // 2026-01-06 (Epiphany, a Tuesday) is a public holiday in Bavaria but not in Berlin.
    BusinessCalendar bavaria = builder().hours(DayOfWeek.TUESDAY, "08:00-16:00").publicHolidays("de", "BY").build();
    BusinessCalendar berlin = builder().hours(DayOfWeek.TUESDAY, "08:00-16:00").publicHolidays("DE", "be").build();
    Instant day = LocalDate.of(2026, 1, 6).atStartOfDay(WARSAW).toInstant();
    Instant next = day.plus(Duration.ofDays(1));
    assertThat(bavaria.between(day, next)).isZero();
    assertThat(berlin.between(day, next)).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void laterHoursForTheSameDayReplaceEarlierOnes() {
    BusinessCalendar cal =
        builder().hours(DayOfWeek.MONDAY, "08:00-18:00").hours(DayOfWeek.MONDAY, "10:00-11:00").build();
    Instant monday = LocalDate.of(2026, 3, 2).atStartOfDay(WARSAW).toInstant();
    assertThat(cal.between(monday, monday.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(1));
  }
}
