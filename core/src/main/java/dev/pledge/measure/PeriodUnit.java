package dev.pledge.measure;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How the measures are cut in time: ISO weeks (Monday to Sunday), calendar months or calendar
 * quarters, in the configuration's zone. Each period is named as in ISO 8601 where there is a
 * form: {@code 2026-W09}, {@code 2026-03}, {@code 2026-Q1}.
 */
public enum PeriodUnit {
  /** An ISO week, from Monday; named {@code 2026-W09} by its week-based year. */
  WEEK("week"),
  /** A calendar month; named {@code 2026-03}. */
  MONTH("month"),
  /** A calendar quarter (January, April, July, October); named {@code 2026-Q1}. */
  QUARTER("quarter");

  private final String wireName;

  PeriodUnit(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code month}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The unit written {@code name} in JSON, or empty if there is none. */
  public static Optional<PeriodUnit> fromWireName(String name) {
    Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(u -> u.wireName.equals(name)).findFirst();
  }

  /** The first day of the period that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    };
  }

  /** The first day of the period after the one that starts on {@code start}. */
  public LocalDate next(LocalDate start) {
    Objects.requireNonNull(start, "start");
    return switch (this) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }

  /** The name of the period that starts on {@code start}: {@code 2026-W09}, {@code 2026-03}, {@code 2026-Q1}. */
  public String name(LocalDate start) {
    Objects.requireNonNull(start, "start");
    return switch (this) {
      case WEEK -> String.format(java.util.Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    };
  }

  @Override
  public String toString() {
    return wireName;
  }
}
