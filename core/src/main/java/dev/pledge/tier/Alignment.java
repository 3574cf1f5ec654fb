package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a period type's boundaries are moved to months ({@code "align"} of a {@code membership-year}
 * or {@code since-level-change} period).
 */
public enum Alignment {
  /** Anniversaries fall on the first day of the joining month ({@code membership-year} only). */
  MONTH_START("month-start"),
  /**
   * Each period's last day moves to the last day of the month that holds it, so the period ends at
   * the first midnight of the following month, where the next period starts. A period that already
   * ends on a month's last day is unchanged.
   */
  MONTH_END("month-end");

  private final String wireName;

  Alignment(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code month-end}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The alignment written {@code name} in JSON, or empty if there is none. */
  public static Optional<Alignment> fromWireName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
  }

  /**
   * The first day of the next period when a period's first day after it would be {@code next},
   * under {@link #MONTH_END}: the first day of the month after the one that holds {@code next}'s
   * day before.
   */
  static LocalDate monthEnd(LocalDate next) {
    return next.getDayOfMonth() == 1 ? next : next.withDayOfMonth(1).plusMonths(1);
  }

  @Override
  public String toString() {
    return wireName;
  }
}
