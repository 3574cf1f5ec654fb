package dev.pledge.calendar;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.internal.OverlapCheck;
import dev.pledge.calendar.internal.PublicHolidays;
import dev.pledge.calendar.internal.Schedule;
import dev.pledge.calendar.internal.SupportedRange;
import dev.pledge.calendar.internal.WorkingCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link BusinessCalendar} from weekly hours, holidays, public holidays and dated hours;
 * obtained from {@link BusinessCalendar#builder(String, ZoneId)}. Each setter checks its argument
 * at once; {@link #build()} checks that no two ranges overlap. Not thread-safe; the calendar it
 * builds is.
 *
 * <pre>{@code
 * BusinessCalendar support = BusinessCalendar.builder("support-hours", ZoneId.of("Europe/Warsaw"))
 *     .hours(DayOfWeek.MONDAY, "08:00-18:00")
 *     .hours(DayOfWeek.TUESDAY, "08:00-12:00", "13:00-18:00")
 *     .hours(DayOfWeek.SATURDAY, "22:00-06:00")
 *     .holiday(LocalDate.of(2026, 12, 25))
 *     .publicHolidays("PL")
 *     .date(LocalDate.of(2026, 12, 24), "08:00-12:00")
 *     .build();
 * }</pre>
 */
public final class BusinessCalendarBuilder {

  private final String name;
  private final ZoneId zone;
  private final EnumMap<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
  private final TreeMap<LocalDate, List<LocalTimeRange>> dates = new TreeMap<>();
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<MonthDay> yearlyHolidays = new HashSet<>();
  private Optional<PublicHolidays> publicHolidays = Optional.empty();

  BusinessCalendarBuilder(String name, ZoneId zone) {
    this.name = requireName(name);
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidValueException("name",
          "calendar name must not be blank, but was \"" + name + "\"");
    }
    return name;
  }

  /** Reads a zone ID such as {@code Europe/Warsaw}, quoting it in the error if it is unknown. */
  static ZoneId parseZone(String zone) {
    Objects.requireNonNull(zone, "zone");
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new InvalidValueException("zone",
          "zone must be a time-zone ID such as \"Europe/Warsaw\", but was \"" + zone + "\"", e);
    }
  }

  /**
   * The working hours of every {@code day}, replacing any given before; no ranges closes the day.
   *
   * @param ranges each {@code HH:MM-HH:MM}, see {@link LocalTimeRange#parse(CharSequence)}
   * @throws InvalidValueException quoting a malformed range
   */
  public BusinessCalendarBuilder hours(DayOfWeek day, String... ranges) {
    return hours(day, parseAll(ranges));
  }

  /** The working hours of every {@code day}, replacing any given before; empty closes the day. */
  public BusinessCalendarBuilder hours(DayOfWeek day, List<LocalTimeRange> ranges) {
    Objects.requireNonNull(day, "day");
    week.put(day, copyOf(ranges));
    return this;
  }

  /**
   * Like {@link #hours(DayOfWeek, String...)} with the day written as in configuration: one of
   * {@code mon}, {@code tue}, {@code wed}, {@code thu}, {@code fri}, {@code sat}, {@code sun}.
   *
   * @throws InvalidValueException quoting an unknown day or a malformed range
   */
  public BusinessCalendarBuilder hours(String day, String... ranges) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(ranges, "ranges");
    Weekday parsed = Weekday.fromWireName(day).orElseThrow(() -> new InvalidValueException("week",
        "day must be one of " + Arrays.toString(Weekday.values()) + ", but was \"" + day + "\""));
    return hours(parsed.dayOfWeek(), ranges);
  }

  /**
   * Closes every range that starts on {@code date} (a date with dated hours may not be one).
   *
   * @throws InvalidValueException (field {@code holidays}) if the year is not from 1 to 9999
   */
  public BusinessCalendarBuilder holiday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    holidays.add(SupportedRange.checkDate("holidays", "holiday must be a date", date));
    return this;
  }

  /**
   * Closes every range that starts on {@code date}, written {@code YYYY-MM-DD}, or, written
   * {@code --MM-DD}, on that day in every year ({@link #yearlyHoliday}).
   *
   * @throws InvalidValueException quoting the text if it is neither, or a date not in the years 1
   *     to 9999
   */
  public BusinessCalendarBuilder holiday(String date) {
    Objects.requireNonNull(date, "date");
    if (date.startsWith("--")) {
      try {
        return yearlyHoliday(MonthDay.parse(date));
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("", "holiday must be a date YYYY-MM-DD or a yearly day --MM-DD,"
            + " but was \"" + date + "\"", "must be an ISO date such as \"2026-12-25\" or a yearly day such"
            + " as \"--12-25\", but was \"" + date + "\"", e);
      }
    }
    return holiday(parseDate("holiday", date));
  }

  /**
   * Closes every range that starts on {@code day} in every year ({@code --12-25}); {@code --02-29}
   * closes 29 February in leap years only. Dated hours for a date win over it, as they do over
   * public holidays.
   */
  public BusinessCalendarBuilder yearlyHoliday(MonthDay day) {
    yearlyHolidays.add(Objects.requireNonNull(day, "day"));
    return this;
  }

  /**
   * Closes every range that starts on any of {@code dates}.
   *
   * @throws InvalidValueException (field {@code holidays}) if a year is not from 1 to 9999
   */
  public BusinessCalendarBuilder holidays(Iterable<LocalDate> dates) {
    Objects.requireNonNull(dates, "dates");
    dates.forEach(this::holiday);
    return this;
  }

  /**
   * Closes every range that starts on a public holiday of {@code country} (an ISO 3166 code such
   * as {@code PL}), as the jollyday library knows them, replacing any country given before. Only
   * holidays of jollyday's type {@code PUBLIC_HOLIDAY} count, on their observed date; a date
   * with dated hours keeps them.
   *
   * @throws InvalidValueException naming the country if it is unknown
   */
  public BusinessCalendarBuilder publicHolidays(String country) {
    publicHolidays = Optional.of(PublicHolidays.of(country, Optional.empty()));
    return this;
  }

  /**
   * Like {@link #publicHolidays(String)}, with the public holidays of one subdivision of the
   * country as well, such as {@code by} (Bavaria) in {@code DE}.
   *
   * @throws InvalidValueException naming the country or subdivision if it is unknown
   */
  public BusinessCalendarBuilder publicHolidays(String country, String subdivision) {
    Objects.requireNonNull(subdivision, "subdivision");
    publicHolidays = Optional.of(PublicHolidays.of(country, Optional.of(subdivision)));
    return this;
  }

  /**
   * Replaces the weekly hours of {@code date} with {@code ranges}; none closes the date. Dated
   * hours win over a public holiday on the same date; a date may not also be a {@link
   * #holiday(LocalDate)}.
   *
   * @throws InvalidValueException quoting a malformed range, or (field {@code dates/}<i>date</i>)
   *     if the year is not from 1 to 9999
   */
  public BusinessCalendarBuilder date(LocalDate date, String... ranges) {
    return date(date, parseAll(ranges));
  }

  /**
   * Replaces the weekly hours of {@code date} with {@code ranges}; empty closes the date.
   *
   * @throws InvalidValueException (field {@code dates/}<i>date</i>) if the year is not from 1 to 9999
   */
  public BusinessCalendarBuilder date(LocalDate date, List<LocalTimeRange> ranges) {
    Objects.requireNonNull(date, "date");
    SupportedRange.checkDate("dates/" + date, "date must be", date);
    dates.put(date, copyOf(ranges));
    return this;
  }

  /**
   * Like {@link #date(LocalDate, String...)} with the date written {@code YYYY-MM-DD}.
   *
   * @throws InvalidValueException quoting a text that is not such a date or not in the years 1 to
   *     9999, or a bad range
   */
  public BusinessCalendarBuilder date(String date, String... ranges) {
    Objects.requireNonNull(ranges, "ranges");
    return date(parseDate("date", date), ranges);
  }

  /**
   * The calendar.
   *
   * @throws OverlappingHoursException if two ranges of one day overlap, or a range that runs past
   *     midnight overlaps a range of the next day (holidays do not excuse an overlap); the message
   *     names the day or date and quotes both ranges; or if a date is both a holiday and has
   *     dated hours
   */
  public BusinessCalendar build() {
    for (LocalDate date : dates.keySet()) {
      if (holidays.contains(date)) {
        throw new InvalidValueException("dates/" + date,
            "date " + date + " is both a holiday and has dated hours " + dates.get(date)
                + "; give it one or the other");
      }
    }
    DayOfWeek previous = DayOfWeek.SUNDAY;
    for (DayOfWeek day : DayOfWeek.values()) {
      OverlapCheck.check(previous.toString(), weekly(previous), day.toString(), weekly(day), day);
      previous = day;
    }
    for (LocalDate date : dates.keySet()) {
      LocalDate before = date.minusDays(1);
      LocalDate after = date.plusDays(1);
      OverlapCheck.check(before.toString(), configured(before), date.toString(), dates.get(date), date);
      OverlapCheck.check(date.toString(), dates.get(date), after.toString(), configured(after), date);
    }
    return new WorkingCalendar(name, new Schedule(zone, week, dates, holidays, yearlyHolidays, publicHolidays));
  }

  private List<LocalTimeRange> weekly(DayOfWeek day) {
    return week.getOrDefault(day, List.of());
  }

  private List<LocalTimeRange> configured(LocalDate date) {
    List<LocalTimeRange> dated = dates.get(date);
    return dated != null ? dated : weekly(date.getDayOfWeek());
  }

  private static List<LocalTimeRange> parseAll(String... ranges) {
    Objects.requireNonNull(ranges, "ranges");
    List<LocalTimeRange> parsed = new ArrayList<>(ranges.length);
    for (String range : ranges) {
      parsed.add(LocalTimeRange.parse(Objects.requireNonNull(range, "range")));
    }
    return parsed;
  }

  private static List<LocalTimeRange> copyOf(List<LocalTimeRange> ranges) {
    Objects.requireNonNull(ranges, "ranges");
    return List.copyOf(ranges);
  }

  private static LocalDate parseDate(String what, String text) {
    Objects.requireNonNull(text, what);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("", what + " must be a date YYYY-MM-DD, but was \"" + text + "\"",
          "must be an ISO date such as \"2026-12-25\", but was \"" + text + "\"", e);
    }
  }
}
