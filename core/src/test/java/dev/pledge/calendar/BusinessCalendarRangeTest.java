package dev.pledge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.PledgeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supported range, instants from 0001-01-01T00:00Z to 9999-12-31T23:59:59.999999999Z
 * (docs/calendars.md, "Supported range"): every operation works at both ends and on both sides of
 * 1970-01-01T00:00Z, where the calendar's 365-day blocks change from negative to positive
 * indices; outside it, or for an answer past it, a {@link PledgeException} says what the range is.
 * Where an answer is checked, it comes from the brute-force {@link SecondOracle}.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BusinessCalendarRangeTest {

  private static final Instant FIRST = BusinessCalendarProperties.FIRST;
  private static final Instant LAST = BusinessCalendarProperties.LAST;
  private static final String RANGE = "instants from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z";

  /** Monday to Friday 08:00-18:00, and a Friday night shift 22:00-06:00 into Saturday. */
  private static CalendarSpec office(ZoneId zone) {
    Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<LocalTimeRange> ranges = new ArrayList<>();
      if (day.getValue() <= 5) {
        ranges.add(LocalTimeRange.parse("08:00-18:00"));
      }
      if (day == DayOfWeek.FRIDAY) {
        ranges.add(LocalTimeRange.parse("22:00-06:00"));
      }
      week.put(day, ranges);
    }
    return new CalendarSpec(zone, week, Map.of(), Set.of());
  }

  private static BusinessCalendar roundTheClock() {
    BusinessCalendarBuilder b = BusinessCalendar.builder("round-the-clock", "UTC");
    for (DayOfWeek day : DayOfWeek.values()) {
      b.hours(day, "00:00-24:00");
    }
    return b.build();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void addFromBefore1970ReturnsInsteadOfSearchingForever() {
    // The shop's sale hours (examples/programs/shop.json): Mon-Fri 08:00-22:00, Sat 10:00-18:00, Berlin.
    BusinessCalendar sale = BusinessCalendar.builder("sale-hours", "Europe/Berlin")
        .hours("mon", "08:00-22:00").hours("tue", "08:00-22:00").hours("wed", "08:00-22:00")
        .hours("thu", "08:00-22:00").hours("fri", "08:00-22:00").hours("sat", "10:00-18:00")
        .build();
    // Wednesday 1969-12-31 10:00Z is 11:00 in Berlin (UTC+1, no summer time in 1969), open: + 1 h
    // is 12:00 local, 11:00Z.
    assertThat(sale.add(Instant.parse("1969-12-31T10:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("1969-12-31T11:00:00Z"));
    // From Wednesday 21:30 local, 1 h: 30 min that evening, 30 min from Thursday 1970-01-01 08:00.
    assertThat(sale.add(Instant.parse("1969-12-31T20:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("1970-01-01T07:30:00Z"));
    assertThat(sale.nextOpen(Instant.parse("1969-12-27T20:00:00Z"))).isEqualTo(Instant.parse("1969-12-29T07:00:00Z"));
  }

  /**
   * At each end of the range and at 1970-01-01T00:00Z, every operation between instants up to
   * eight days either side (and a nanosecond beside the landmark) agrees with the oracle.
   */
  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Warsaw", "America/New_York", "Australia/Sydney", "Asia/Kathmandu"})
  void everyOperationAgreesWithTheOracleAtBothEndsAndAt1970(String zoneId) {
    CalendarSpec spec = office(ZoneId.of(zoneId));
    BusinessCalendar cal = spec.build();
    for (Instant landmark : List.of(FIRST, Instant.EPOCH, LAST)) {
      SecondOracle oracle = new SecondOracle(spec, landmark.minus(Duration.ofDays(10)), landmark.plus(Duration.ofDays(30)));
      List<Instant> instants = new ArrayList<>();
      for (Duration d : List.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofSeconds(1), Duration.ofMinutes(61),
          Duration.ofHours(11), Duration.ofDays(1), Duration.ofHours(75), Duration.ofDays(8))) {
        for (Instant t : List.of(landmark.minus(d), landmark.plus(d))) {
          if (!t.isBefore(FIRST) && !t.isAfter(LAST)) {
            instants.add(t);
          }
        }
      }
      for (Instant t : instants) {
        String at = zoneId + " at " + t;
        assertThat(cal.isOpen(t)).as(at).isEqualTo(oracle.isOpen(t));
        assertThatAnswerOrRefusal(() -> cal.nextOpen(t), oracle.nextOpen(t), at);
        assertThatAnswerOrRefusal(() -> cal.nextClose(t), oracle.nextClose(t), at);
        for (Instant u : instants) {
          if (!u.isBefore(t)) {
            Duration worked = oracle.between(t, u);
            assertThat(cal.between(t, u)).as("between %s and %s", at, u).isEqualTo(worked);
            assertThatAnswerOrRefusal(() -> cal.add(t, worked), oracle.add(t, worked), "add " + worked + " " + at);
            Duration more = worked.plusHours(9);
            assertThatAnswerOrRefusal(() -> cal.add(t, more), oracle.add(t, more), "add " + more + " " + at);
          }
        }
      }
    }
  }

  private interface Answer {
    Instant get();
  }

  /** {@code expected} when it lies in the range, else a refusal naming the end of the range. */
  private static void assertThatAnswerOrRefusal(Answer answer, Instant expected, String what) {
    if (expected.isAfter(LAST)) {
      assertThatThrownBy(answer::get).as(what).isInstanceOf(PledgeException.class)
          .hasMessageContaining("and the end of the supported range, 9999-12-31T23:59:59.999999999Z");
    } else {
      assertThat(answer.get()).as(what).isEqualTo(expected);
    }
  }

  @Test
  void anInstantOutsideTheRangeIsRefusedSayingWhatTheRangeIs() {
    for (BusinessCalendar cal : List.of(office(ZoneId.of("Europe/Warsaw")).build(), BusinessCalendar.always("24x7"))) {
      for (Instant out : List.of(FIRST.minusNanos(1), LAST.plusNanos(1), Instant.MIN, Instant.MAX)) {
        String quoted = "but was " + out;
        assertThatThrownBy(() -> cal.between(out, LAST)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThatThrownBy(() -> cal.between(FIRST, out)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThatThrownBy(() -> cal.add(out, Duration.ofHours(1))).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThatThrownBy(() -> cal.isOpen(out)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThatThrownBy(() -> cal.nextOpen(out)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThatThrownBy(() -> cal.nextClose(out)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining(RANGE).hasMessageContaining(quoted);
        assertThat(cal.tryAdd(out, Duration.ofHours(1))).isEmpty();
      }
    }
  }

  @Test
  void theAlwaysCalendarKeepsToTheSameRange() {
    BusinessCalendar always = BusinessCalendar.always("24x7");
    assertThat(always.add(LAST.minusNanos(1), Duration.ofNanos(1))).isEqualTo(LAST);
    Instant thousandYearsOn = FIRST.plus(Duration.ofDays(365_250));
    assertThat(always.between(FIRST, thousandYearsOn)).isEqualTo(Duration.ofDays(365_250));
    assertThatThrownBy(() -> always.between(FIRST, thousandYearsOn.plusNanos(1))).isInstanceOf(PledgeException.class)
        .hasMessageContaining("spans of at most 1,000 years (365,250 days)");
    assertThatThrownBy(() -> always.add(LAST, Duration.ofNanos(1))).isInstanceOf(PledgeException.class)
        .hasMessageContaining("and the end of the supported range, 9999-12-31T23:59:59.999999999Z");
    assertThat(always.tryAdd(LAST, Duration.ofNanos(1))).isEmpty();
    assertThat(always.tryAdd(FIRST, Duration.ofDays(365L * 20_000))).isEmpty();
  }

  @Test
  void theFirstAndLastDatesOfTheRangeCanBeConfigured() {
    // 0001-01-01 is a Monday, 9999-12-31 a Friday.
    BusinessCalendar cal = BusinessCalendar.builder("edges", "UTC")
        .hours("mon", "08:00-18:00").hours("fri", "08:00-18:00")
        .holiday(LocalDate.of(1, 1, 1))
        .date(LocalDate.of(9999, 12, 31), "20:00-02:00")
        .build();
    // The first week: Monday 1 January a holiday, Friday 5 January 08:00-18:00.
    assertThat(cal.between(FIRST, Instant.parse("0001-01-08T00:00:00Z"))).isEqualTo(Duration.ofHours(10));
    assertThat(cal.isOpen(LAST)).isTrue();
    assertThat(cal.between(Instant.parse("9999-12-31T00:00:00Z"), LAST)).isEqualTo(Duration.ofHours(4).minusNanos(1));
    // The shift runs to 02:00 on 10000-01-01, past the range: its closing cannot be given.
    assertThatThrownBy(() -> cal.nextClose(LAST)).isInstanceOf(PledgeException.class)
        .hasMessage("calendar \"edges\" does not close between 9999-12-31T23:59:59.999999999Z and the end of the"
            + " supported range, 9999-12-31T23:59:59.999999999Z");
  }

  /**
   * jollyday computes Islamic holidays with java.time's Hijrah calendar, which covers 1882-11-12 to
   * 2174-11-25 only: outside those years the public holidays of such a country cannot be known,
   * and a query that needs them says so instead of failing inside the library.
   */
  @Test
  void publicHolidaysTheLibraryCannotComputeAreRefusedNamingTheCountryAndTheYears() {
    BusinessCalendar turkey = BusinessCalendar.builder("istanbul", "Europe/Istanbul")
        .hours("mon", "09:00-17:00").publicHolidays("TR").build();
    // 2026-01-05 is a Monday; 2026 lies in the Hijrah calendar's span.
    assertThat(turkey.between(Instant.parse("2026-01-05T00:00:00Z"), Instant.parse("2026-01-06T00:00:00Z")))
        .isEqualTo(Duration.ofHours(8));
    // The first and last instants whose 365-day block needs no year outside 1883-2173 (docs/calendars.md);
    // both fall at night in Istanbul, so closed.
    assertThat(turkey.isOpen(Instant.parse("1883-01-22T00:00:00Z"))).isFalse();
    assertThat(turkey.isOpen(Instant.parse("2173-11-11T23:59:59.999999999Z"))).isFalse();
    for (String at : List.of("2200-06-01T00:00:00Z", "1500-06-01T00:00:00Z", "0001-01-01T00:00:00Z",
        "1883-01-21T23:59:59.999999999Z", "2173-11-12T00:00:00Z")) {
      assertThatThrownBy(() -> turkey.isOpen(Instant.parse(at))).isInstanceOf(PledgeException.class)
          .hasMessageStartingWith("public holidays of TR cannot be computed for the year ")
          .hasMessageContaining("1882-11-12 to 2174-11-25");
    }
  }

  /**
   * A span of 1,000 years (365,250 days) works; one nanosecond more is refused, by every
   * operation that would have to look so far.
   */
  @Test
  void spansOfAThousandYearsWorkAndLongerOnesAreRefused() {
    BusinessCalendar cal = roundTheClock();
    Duration thousandYears = Duration.ofDays(365_250);
    Instant from = Instant.parse("2000-01-01T00:00:00Z");
    assertThat(cal.between(from, from.plus(thousandYears))).isEqualTo(thousandYears);
    assertThat(cal.add(from, thousandYears)).isEqualTo(from.plus(thousandYears));
    Instant late = from.plus(thousandYears).plusNanos(1);
    assertThatThrownBy(() -> cal.between(from, late)).isInstanceOf(PledgeException.class)
        .hasMessageContaining("spans of at most 1,000 years (365,250 days)");
    assertThatThrownBy(() -> cal.add(from, thousandYears.plusNanos(1))).isInstanceOf(PledgeException.class)
        .hasMessageContaining("within 1,000 years (365,250 days)");
    assertThat(cal.tryAdd(from, thousandYears.plusNanos(1))).isEmpty();
    assertThatThrownBy(() -> cal.nextClose(from)).isInstanceOf(PledgeException.class)
        .hasMessageContaining("\"round-the-clock\" does not close within 1,000 years (365,250 days) after " + from);
    // Near the end of the range the range ends first.
    assertThatThrownBy(() -> cal.nextClose(Instant.parse("9500-01-01T00:00:00Z"))).isInstanceOf(PledgeException.class)
        .hasMessageContaining("does not close between 9500-01-01T00:00:00Z and the end of the supported range");
  }

  @Test
  void theLongestSearchesAtEitherEndFinishPromptly() {
    // Open one morning in the year 9999 only: every search from year 1 gives up after 1,000 years.
    BusinessCalendar once = BusinessCalendar.builder("once", "UTC").date(LocalDate.of(9999, 6, 1), "08:00-12:00").build();
    assertThat(once.tryAdd(FIRST, Duration.ofHours(1))).isEmpty();
    assertThat(once.add(Instant.parse("9000-01-01T00:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("9999-06-01T12:00:00Z"));
    assertThat(once.tryAdd(Instant.parse("9000-01-01T00:00:00Z"), Duration.ofHours(5))).isEmpty();
    assertThatThrownBy(() -> once.nextOpen(FIRST)).isInstanceOf(PledgeException.class);
    // The office holds 58 h of 168 a week: 400 years of working time need more than 1,000 years.
    BusinessCalendar office = office(ZoneId.of("America/New_York")).build();
    assertThat(office.tryAdd(FIRST, Duration.ofDays(365L * 400))).isEmpty();
    assertThat(office.tryAdd(Instant.parse("9990-01-01T00:00:00Z"), Duration.ofDays(365L * 400))).isEmpty();
  }
}
