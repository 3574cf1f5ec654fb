package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hand-worked examples; each comment shows the arithmetic. 2026-03-02 is a Monday. */
class BusinessCalendarTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private static Instant warsaw(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
  }

  private static BusinessCalendarBuilder weekdays(String hours) {
    BusinessCalendarBuilder b = BusinessCalendar.builder("office", WARSAW);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        b.hours(day, hours);
      }
    }
    return b;
  }

  @Test
  void addThatEndsAtClosingTimeReturnsClosingTime() {
    BusinessCalendar cal = weekdays("08:00-18:00").build();
    // Monday 09:00 + 9h: 09:00..18:00 holds exactly 9h, so the answer is 18:00, not Tuesday 08:00.
    assertThat(cal.add(warsaw("2026-03-02T09:00"), Duration.ofHours(9)))
        .isEqualTo(warsaw("2026-03-02T18:00"));
    // One nanosecond more spills to Tuesday 08:00:00.000000001.
    assertThat(cal.add(warsaw("2026-03-02T09:00"), Duration.ofHours(9).plusNanos(1)))
        .isEqualTo(warsaw("2026-03-03T08:00").plusNanos(1));
    assertThat(cal.isOpen(warsaw("2026-03-02T18:00"))).isFalse();
    assertThat(cal.isOpen(warsaw("2026-03-02T17:59:59.999999999"))).isTrue();
    assertThat(cal.nextClose(warsaw("2026-03-02T17:00"))).isEqualTo(warsaw("2026-03-02T18:00"));
  }

  @Test
  void queryStartingInsideAClosedPeriodCountsFromTheNextOpening() {
    BusinessCalendar cal = weekdays("08:00-18:00").build();
    // Monday 20:00 is closed; 1h of work runs Tuesday 08:00..09:00.
    assertThat(cal.add(warsaw("2026-03-02T20:00"), Duration.ofHours(1)))
        .isEqualTo(warsaw("2026-03-03T09:00"));
    // Monday 20:00..Tuesday 10:00 holds only Tuesday 08:00..10:00 = 2h.
    assertThat(cal.between(warsaw("2026-03-02T20:00"), warsaw("2026-03-03T10:00")))
        .isEqualTo(Duration.ofHours(2));
    // Saturday 12:00 to the next opening: Monday 08:00.
    assertThat(cal.nextOpen(warsaw("2026-03-07T12:00"))).isEqualTo(warsaw("2026-03-09T08:00"));
    assertThat(cal.nextClose(warsaw("2026-03-07T12:00"))).isEqualTo(warsaw("2026-03-07T12:00"));
  }

  @Test
  void aHolidayOnAWeekdayClosesIt() {
    BusinessCalendar cal = weekdays("08:00-16:00").holiday(LocalDate.of(2026, 3, 4)).build();
    // Tue 12:00..16:00 = 4h, Wednesday a holiday = 0h, Thu 08:00..12:00 = 4h: 8h.
    assertThat(cal.between(warsaw("2026-03-03T12:00"), warsaw("2026-03-05T12:00")))
        .isEqualTo(Duration.ofHours(8));
    // Tue 15:00 + 2h: 1h on Tuesday, skip Wednesday, 1h on Thursday: Thu 09:00.
    assertThat(cal.add(warsaw("2026-03-03T15:00"), Duration.ofHours(2)))
        .isEqualTo(warsaw("2026-03-05T09:00"));
    assertThat(cal.isOpen(warsaw("2026-03-04T10:00"))).isFalse();
  }

  @Test
  void aFridayOvernightShiftRunsIntoASaturdayHoliday() {
    BusinessCalendar cal =
        BusinessCalendar.builder("night", WARSAW)
            .hours(DayOfWeek.FRIDAY, "22:00-06:00")
            .hours(DayOfWeek.SATURDAY, "22:00-06:00")
            .holiday("2026-03-07")
            .build();
    // Friday's shift starts Friday, so the Saturday holiday does not close it: 22:00..06:00 = 8h.
    // Saturday's own shift starts on the holiday and is closed. Fri 00:00..Mon 00:00 = 8h.
    assertThat(cal.between(warsaw("2026-03-06T00:00"), warsaw("2026-03-09T00:00")))
        .isEqualTo(Duration.ofHours(8));
    assertThat(cal.isOpen(warsaw("2026-03-07T03:00"))).isTrue();
    assertThat(cal.isOpen(warsaw("2026-03-07T23:00"))).isFalse();
    assertThat(cal.nextClose(warsaw("2026-03-07T03:00"))).isEqualTo(warsaw("2026-03-07T06:00"));
    // From Saturday 07:00 the next shift is the following Friday 22:00.
    assertThat(cal.nextOpen(warsaw("2026-03-07T07:00"))).isEqualTo(warsaw("2026-03-13T22:00"));
  }

  @Test
  void springForwardInsideAnIntervalShortensItByTheGap() {
    // Warsaw, Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST.
    BusinessCalendar cal = BusinessCalendar.builder("night", WARSAW).hours(DayOfWeek.SUNDAY, "00:00-06:00").build();
    // 00:00 CET = 2026-03-28T23:00Z, 06:00 CEST = 2026-03-29T04:00Z: 5h, not 6h.
    Instant start = Instant.parse("2026-03-28T23:00:00Z");
    Instant end = Instant.parse("2026-03-29T04:00:00Z");
    assertThat(cal.between(warsaw("2026-03-28T12:00"), warsaw("2026-03-29T12:00")))
        .isEqualTo(Duration.ofHours(5));
    assertThat(cal.add(start, Duration.ofHours(5))).isEqualTo(end);
    assertThat(cal.nextClose(start)).isEqualTo(end);
  }

  @Test
  void fallBackInsideAnIntervalLengthensItByTheOverlap() {
    // Warsaw, Sunday 2026-10-25: 03:00 CEST falls back to 02:00 CET.
    BusinessCalendar cal = BusinessCalendar.builder("night", WARSAW).hours(DayOfWeek.SUNDAY, "00:00-06:00").build();
    // 00:00 CEST = 2026-10-24T22:00Z, 06:00 CET = 2026-10-25T05:00Z: 7h.
    assertThat(cal.between(Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(cal.add(Instant.parse("2026-10-24T22:00:00Z"), Duration.ofHours(7)))
        .isEqualTo(Instant.parse("2026-10-25T05:00:00Z"));
  }

  @Test
  void anIntervalStartingInTheGapStartsWhereTheGapMovesIt() {
    // 02:30 does not exist on 2026-03-29 in Warsaw; it moves forward by the gap to 03:30 CEST
    // = 01:30Z. 04:00 CEST = 02:00Z. The interval lasts 30 minutes.
    BusinessCalendar cal = BusinessCalendar.builder("gap", WARSAW).hours(DayOfWeek.SUNDAY, "02:30-04:00").build();
    assertThat(cal.between(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T03:00:00Z")))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(cal.nextOpen(Instant.parse("2026-03-29T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void twentyFourHundredEndsAtMidnightAndTouchingIntervalsCloseOnlyAtTheEnd() {
    BusinessCalendar cal =
        BusinessCalendar.builder("late", WARSAW)
            .hours(DayOfWeek.SATURDAY, "20:00-24:00")
            .hours(DayOfWeek.SUNDAY, "00:00-02:00")
            .build();
    // Saturday 20:00..24:00 = 4h, Sunday 00:00..02:00 = 2h: one stretch of 6h.
    assertThat(cal.between(warsaw("2026-03-07T00:00"), warsaw("2026-03-09T00:00")))
        .isEqualTo(Duration.ofHours(6));
    assertThat(cal.nextClose(warsaw("2026-03-07T21:00"))).isEqualTo(warsaw("2026-03-08T02:00"));
    // Saturday 21:00 + 3h = 24:00 exactly: the calendar is still open there, answer is midnight.
    assertThat(cal.add(warsaw("2026-03-07T21:00"), Duration.ofHours(3))).isEqualTo(warsaw("2026-03-08T00:00"));
  }

  @Test
  void datedHoursReplaceTheWeeklyHoursOfThatDate() {
    BusinessCalendar cal =
        weekdays("08:00-18:00").date(LocalDate.of(2026, 3, 2), "08:00-12:00").date("2026-03-03").build();
    // Monday 2026-03-02 is 08:00-12:00 = 4h, Tuesday closed, Wednesday 10h: 14h.
    assertThat(cal.between(warsaw("2026-03-02T00:00"), warsaw("2026-03-04T23:00")))
        .isEqualTo(Duration.ofHours(14));
    assertThat(cal.isOpen(warsaw("2026-03-02T13:00"))).isFalse();
    assertThat(cal.nextOpen(warsaw("2026-03-02T13:00"))).isEqualTo(warsaw("2026-03-04T08:00"));
  }

  @Test
  void publicHolidaysComeFromTheHolidayLibrary() {
    BusinessCalendar cal = weekdays("08:00-16:00").publicHolidays("PL").build();
    // 2026-11-11, a Wednesday, is Polish Independence Day; Thursday 2026-11-12 is a working day.
    assertThat(cal.between(warsaw("2026-11-11T00:00"), warsaw("2026-11-12T00:00"))).isZero();
    assertThat(cal.between(warsaw("2026-11-12T00:00"), warsaw("2026-11-13T00:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void answersAreExactToTheNanosecond() {
    BusinessCalendar cal = weekdays("08:00-18:00").build();
    Instant from = warsaw("2026-03-02T17:59:59.999999999");
    // 1ns left on Monday, so 2ns of work ends at Tuesday 08:00:00.000000001.
    assertThat(cal.add(from, Duration.ofNanos(2))).isEqualTo(warsaw("2026-03-03T08:00").plusNanos(1));
    assertThat(cal.between(from, warsaw("2026-03-03T08:00:00.000000007"))).isEqualTo(Duration.ofNanos(8));
  }

  @Test
  void hundredYearSpansCountEveryWeekday() {
    BusinessCalendar cal = weekdays("09:00-17:00").build();
    LocalDate first = LocalDate.of(2000, 1, 1);
    LocalDate last = LocalDate.of(2100, 1, 1);
    long weekdays = first.datesUntil(last).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    Duration expected = Duration.ofHours(8 * weekdays);
    Instant from = warsaw("2000-01-01T00:00");
    Instant to = warsaw("2100-01-01T00:00");
    assertThat(cal.between(from, to)).isEqualTo(expected);
    // The last working day before 2100-01-01 is Thursday 2099-12-31, closing 17:00.
    assertThat(cal.add(from, expected)).isEqualTo(warsaw("2099-12-31T17:00"));
  }

  @Test
  void zeroIsAddedAsTheSameInstantEvenWhenClosed() {
    BusinessCalendar cal = weekdays("08:00-18:00").build();
    Instant sunday = warsaw("2026-03-08T12:00");
    assertThat(cal.add(sunday, Duration.ZERO)).isEqualTo(sunday);
  }

  @Test
  void betweenBackwardsAndNegativeAmountsAreErrors() {
    BusinessCalendar cal = weekdays("08:00-18:00").build();
    Instant a = warsaw("2026-03-02T09:00");
    assertThatThrownBy(() -> cal.between(a, a.minusNanos(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("from must not be after to");
    assertThatThrownBy(() -> cal.add(a, Duration.ofNanos(-1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("add: amount must not be negative, but was PT-0.000000001S");
  }

  @Test
  void aCalendarWithoutWorkingTimeFailsInsteadOfLooping() {
    BusinessCalendar empty = BusinessCalendar.builder("never", WARSAW).build();
    Instant t = warsaw("2026-03-02T09:00");
    assertThatThrownBy(() -> empty.add(t, Duration.ofHours(1)))
        .isInstanceOf(PledgeException.class)
        .hasMessageContaining("\"never\" has no working time at all");
    assertThatThrownBy(() -> empty.nextOpen(t)).isInstanceOf(PledgeException.class);
    assertThat(empty.between(t, t.plus(Duration.ofDays(3650)))).isZero();
    assertThat(empty.nextClose(t)).isEqualTo(t);
  }

  @Test
  void datedHoursAloneRunOutAfterTheLastDate() {
    BusinessCalendar once = BusinessCalendar.builder("once", WARSAW).date("2026-03-02", "08:00-10:00").build();
    assertThat(once.add(warsaw("2026-01-01T00:00"), Duration.ofHours(2))).isEqualTo(warsaw("2026-03-02T10:00"));
    assertThatThrownBy(() -> once.add(warsaw("2026-01-01T00:00"), Duration.ofHours(3)))
        .isInstanceOf(PledgeException.class)
        .hasMessageContaining("\"once\" has not enough working time after");
  }

  @Test
  void tryAddIsEmptyWhereAddThrowsForWantOfWorkingTime() {
    BusinessCalendar empty = BusinessCalendar.builder("never", WARSAW).build();
    BusinessCalendar once = BusinessCalendar.builder("once", WARSAW).date("2026-03-02", "08:00-10:00").build();
    Instant t = warsaw("2026-01-01T00:00");
    assertThat(empty.tryAdd(t, Duration.ofHours(1))).isEmpty();
    assertThat(once.tryAdd(t, Duration.ofHours(2))).contains(warsaw("2026-03-02T10:00"));
    assertThat(once.tryAdd(t, Duration.ofHours(3))).isEmpty();
    assertThat(weekdays("08:00-18:00").build().tryAdd(Instant.parse("+10000-06-01T00:00:00Z"), Duration.ofHours(1)))
        .isEmpty();
    assertThat(BusinessCalendar.always("24x7").tryAdd(Instant.MAX.minusSeconds(1), Duration.ofSeconds(2)))
        .isEmpty();
    assertThat(BusinessCalendar.always("24x7").tryAdd(t, Duration.ofHours(3))).contains(t.plus(Duration.ofHours(3)));
    assertThatThrownBy(() -> once.tryAdd(t, Duration.ofNanos(-1))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theAlwaysCalendarCountsElapsedTime() {
    BusinessCalendar always = BusinessCalendar.always("24x7");
    Instant t = Instant.parse("2026-03-29T00:30:00.5Z");
    assertThat(always.name()).isEqualTo("24x7");
    assertThat(always.between(t, t.plus(Duration.ofDays(400)))).isEqualTo(Duration.ofDays(400));
    assertThat(always.add(t, Duration.ofHours(3))).isEqualTo(t.plus(Duration.ofHours(3)));
    assertThat(always.isOpen(t)).isTrue();
    assertThat(always.nextOpen(t)).isEqualTo(t);
    assertThatThrownBy(() -> always.nextClose(t)).isInstanceOf(PledgeException.class).hasMessageContaining("never closes");
  }

  @Test
  void nameAndZoneAreAsConfigured() {
    BusinessCalendar cal = BusinessCalendar.builder("support-hours", "Europe/Warsaw").build();
    assertThat(cal.name()).isEqualTo("support-hours");
    assertThat(cal.zone()).isEqualTo(WARSAW);
  }

  @Test
  void concurrentFirstUseGivesTheSameAnswersAsSequentialUse() throws Exception {
    BusinessCalendar shared = weekdays("08:00-16:00").publicHolidays("PL").build();
    BusinessCalendar reference = weekdays("08:00-16:00").publicHolidays("PL").build();
    List<Instant> starts =
        IntStream.range(0, 200).mapToObj(i -> warsaw("2000-01-03T10:00").plus(Duration.ofDays(97L * i))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Duration>> answers =
          starts.stream().map(s -> pool.submit(() -> shared.between(s, s.plus(Duration.ofDays(3000))))).toList();
      for (int i = 0; i < starts.size(); i++) {
        Instant s = starts.get(i);
        assertThat(answers.get(i).get()).isEqualTo(reference.between(s, s.plus(Duration.ofDays(3000))));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void queriesCenturiesApartAreAnsweredAndOverlongSpansRefused() {
    BusinessCalendar cal = weekdays("08:00-16:00").build();
    // 1601-01-01 and 8001-01-01 are Mondays; each first week holds 5 x 8h = 40h.
    assertThat(cal.between(warsaw("1601-01-01T00:00"), warsaw("1601-01-08T00:00"))).isEqualTo(Duration.ofHours(40));
    assertThat(cal.between(warsaw("8001-01-01T00:00"), warsaw("8001-01-08T00:00"))).isEqualTo(Duration.ofHours(40));
    assertThat(cal.between(warsaw("1601-01-01T00:00"), warsaw("1601-01-08T00:00"))).isEqualTo(Duration.ofHours(40));
    assertThatThrownBy(() -> cal.between(warsaw("1000-01-01T00:00"), warsaw("2300-01-01T00:00")))
        .isInstanceOf(PledgeException.class)
        .hasMessageContaining("spans of at most 1,000 years (365,250 days)");
    assertThatThrownBy(() -> cal.isOpen(Instant.MAX))
        .isInstanceOf(PledgeException.class)
        .hasMessageContaining("instants from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z, but was");
  }

  @Test
  void stretchesOpenForYearsCloseOnlyAtTheNextHoliday() {
    BusinessCalendarBuilder b = BusinessCalendar.builder("round-the-clock", WARSAW);
    for (DayOfWeek day : DayOfWeek.values()) {
      b.hours(day, "00:00-24:00");
    }
    BusinessCalendar cal = b.holiday(LocalDate.of(2028, 6, 1)).build();
    Instant from = warsaw("2025-06-01T12:00:00.25");
    Instant holiday = warsaw("2028-06-01T00:00");
    // Open without a break for three years (the implementation keeps time in 365-day blocks, so
    // this crosses several block boundaries): working time is elapsed time until the holiday.
    assertThat(cal.nextClose(from)).isEqualTo(holiday);
    assertThat(cal.between(from, holiday)).isEqualTo(Duration.between(from, holiday));
    assertThat(cal.add(from, Duration.between(from, holiday))).isEqualTo(holiday);
    assertThat(cal.add(from, Duration.between(from, holiday).plusNanos(1)))
        .isEqualTo(warsaw("2028-06-02T00:00").plusNanos(1));
    assertThat(cal.nextOpen(holiday)).isEqualTo(warsaw("2028-06-02T00:00"));
  }
}
