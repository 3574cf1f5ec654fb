package dev.pledge.calendar;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A day of the week as configuration writes it: the keys of a calendar's {@code week}
 * ({@code mon} to {@code sun}). The one place those names are defined; {@link DayOfWeek} is the
 * day itself.
 */
public enum Weekday {
  MON(DayOfWeek.MONDAY), TUE(DayOfWeek.TUESDAY), WED(DayOfWeek.WEDNESDAY), THU(DayOfWeek.THURSDAY),
  FRI(DayOfWeek.FRIDAY), SAT(DayOfWeek.SATURDAY), SUN(DayOfWeek.SUNDAY);

  private final DayOfWeek day;
  private final String wireName;

  Weekday(DayOfWeek day) {
    this.day = day;
    this.wireName = name().toLowerCase(Locale.ROOT);
  }

  /** The day. */
  public DayOfWeek dayOfWeek() {
    return day;
  }

  /** The name as written in JSON ({@code mon}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The weekday of {@code day}. */
  public static Weekday of(DayOfWeek day) {
    java.util.Objects.requireNonNull(day, "day");
    return values()[day.ordinal()];
  }

  /** The weekday written {@code name} in JSON ({@code mon}), or empty if there is none. */
  public static Optional<Weekday> fromWireName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(w -> w.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
