package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.Pledge;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.config.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendars loaded from JSON: the built calendar, and builder rejections placed by pointer. */
class CalendarConfigTest {

  @Test
  void theSkyclubSupportHoursAreBuiltFromJson() {
    BusinessCalendar hours = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json")).calendar("support-hours");
    // Tuesday 2026-03-03 in Warsaw (UTC+1): 08:00-12:00 and 13:00-18:00 local = 07:00-11:00, 12:00-17:00 UTC.
    // From 10:00 UTC to 13:00 UTC: 10:00-11:00 (1 h) + 12:00-13:00 (1 h) = 2 h.
    assertThat(hours.between(Instant.parse("2026-03-03T10:00:00Z"), Instant.parse("2026-03-03T13:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
    // 2026-12-24 has dated hours 08:00-12:00 local (07:00-11:00 UTC), though Poland now keeps it a holiday.
    assertThat(hours.isOpen(Instant.parse("2026-12-24T08:00:00Z"))).isTrue();
    assertThat(hours.isOpen(Instant.parse("2026-12-25T08:00:00Z"))).isFalse();
  }

  @Test
  void overlappingHoursArePlacedAtTheirDay() {
    String json = ConfigFixture.edit("/calendars/office/week/tue", "[\"08:00-12:00\", \"11:00-18:00\"]");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer).containsExactly("/calendars/office/week/tue");
    assertThat(ConfigFixture.problems(json).get(0).message()).contains("TUESDAY").contains("08:00-12:00")
        .contains("11:00-18:00");
  }

  @Test
  void anUnknownCountryIsPlacedAtPublicHolidays() {
    String json = ConfigFixture.edit("/calendars/office/publicHolidays", "{\"country\": \"XX\"}");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer).containsExactly("/calendars/office/publicHolidays");
    assertThat(ConfigFixture.problems(json).get(0).message()).contains("\"XX\"");
  }

  @Test
  void overlappingDatedHoursArePlacedAtTheirDate() {
    String json = ConfigFixture.edit("/calendars/office/dates", "{\"2026-12-24\": [\"08:00-12:00\", \"09:00-10:00\"]}");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer, Problem::message).containsExactly(tuple(
        "/calendars/office/dates/2026-12-24",
        "working hours on 2026-12-24 overlap: \"08:00-12:00\" and \"09:00-10:00\""));
  }

  @Test
  void aHolidayWithDatedHoursIsRejected() {
    String json = ConfigFixture.edit("/calendars/office/holidays", "[\"2026-12-24\"]")
        .replace("\"week\" :", "\"dates\": {\"2026-12-24\": [\"08:00-12:00\"]}, \"week\" :");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer).containsExactly("/calendars/office");
  }

  @Test
  void aCalendarWithoutZoneUsesTheDocumentZone() {
    String json = ConfigFixture.edit("/zone", null);
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer, Problem::message).contains(
        tuple("/calendars/office", "needs a \"zone\" (here or at the top of the document)"));
  }

  @Test
  void aYearlyHolidayIsWrittenDashDashMonthDay() {
    // "--12-25" closes Christmas in every year; "2026-12-24" only that one day.
    String json = ConfigFixture.edit("/calendars/office/holidays", "[\"2026-12-24\", \"--12-25\"]");
    dev.pledge.calendar.BusinessCalendar office = dev.pledge.Pledge.loadJson(json).calendar("office");
    assertThat(office.isOpen(java.time.Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
    assertThat(office.isOpen(java.time.Instant.parse("2030-12-25T10:00:00Z"))).isFalse();
  }

  @Test
  void aYearlyDayThatNoYearHasIsRejectedAtItsPointer() {
    String json = ConfigFixture.edit("/calendars/office/holidays", "[\"--12-25\", \"--02-30\", \"--13-01\"]");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer, Problem::message).containsExactly(
        tuple("/calendars/office/holidays/1",
            "must be an ISO date such as \"2026-12-25\" or a yearly day such as \"--12-25\", but was \"--02-30\""),
        tuple("/calendars/office/holidays/2",
            "must be an ISO date such as \"2026-12-25\" or a yearly day such as \"--12-25\", but was \"--13-01\""));
  }

  @Test
  void aDateOutsideTheYears1To9999IsPlacedAtItsPointerWithItsLineAndColumn() {
    // "+999999999-12-31" is the last date Java knows: the builder used to fail on the day after it.
    String json = ConfigFixture.edit("/calendars/office/dates",
            "{\"+999999999-12-31\": [\"08:00-12:00\"], \"0000-12-31\": [], \"9999-12-31\": [\"20:00-02:00\"]}")
        .replace("\"week\" :", "\"holidays\": [\"2026-12-25\", \"0000-06-01\"], \"week\" :");
    List<Problem> problems = ConfigFixture.problems(json);
    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactlyInAnyOrder(
        tuple("/calendars/office/dates/+999999999-12-31", "must be a date in the years 1 to 9999, but was +999999999-12-31"),
        tuple("/calendars/office/dates/0000-12-31", "must be a date in the years 1 to 9999, but was 0000-12-31"),
        tuple("/calendars/office/holidays/1", "must be a date in the years 1 to 9999, but was 0000-06-01"));
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(problems).allSatisfy(p -> assertThat(p.column()).isPositive());
  }

  @Test
  void aHolidayOfNeitherShapeIsRejectedAsTheWeeksHoursAre() {
    // Shape errors of list elements are reported at the list, as for a weekday's hours.
    String json = ConfigFixture.edit("/calendars/office/holidays", "[\"12/25\"]");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer, Problem::message).containsExactly(
        tuple("/calendars/office/holidays",
            "must be an ISO date such as \"2026-12-25\" or a yearly day such as \"--12-25\", but was \"12/25\""));
  }
}
