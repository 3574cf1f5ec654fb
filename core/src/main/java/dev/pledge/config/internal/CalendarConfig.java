package dev.pledge.config.internal;

import dev.pledge.calendar.Weekday;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A calendar as written in JSON (docs/reference.md, {@code calendars}). */
public record CalendarConfig(
    @Pattern(regexp = "24x7", message = "must be \"24x7\" or absent") String type,
    ZoneId zone,
    Map<Weekday, @NotNull List<@NotNull @Pattern(regexp = HOURS, message = HOURS_MESSAGE) String>> week,
    List<@NotNull @Pattern(regexp = HOLIDAY, message = HOLIDAY_MESSAGE) String> holidays,
    @Valid PublicHolidays publicHolidays,
    Map<LocalDate, @NotNull List<@NotNull @Pattern(regexp = HOURS, message = HOURS_MESSAGE) String>> dates) {

  /** Local working hours: {@code HH:MM-HH:MM}, with 24:00 allowed as an end. */
  public static final String HOURS = "([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)";

  /** A holiday: a date {@code YYYY-MM-DD}, or {@code --MM-DD} for the same day every year. */
  public static final String HOLIDAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}|--[0-9]{2}-[0-9]{2}";

  static final String HOLIDAY_MESSAGE =
      "must be an ISO date such as \"2026-12-25\" or a yearly day such as \"--12-25\"";

  static final String HOURS_MESSAGE = "must be working hours as \"HH:MM-HH:MM\" (24:00 allowed as an end)";

  /** Public holidays of a country (and optionally a subdivision), from the holiday library. */
  public record PublicHolidays(@NotBlank String country, String subdivision) {}

  /** Whether this is the built-in always-open calendar. */
  public boolean always() {
    return "24x7".equals(type);
  }
}
