package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The JSON names of the built-in {@link TierPeriod} records: what a program's
 * {@code "period": {"type": ...}} says. The one place those names are defined; the period itself
 * (its boundaries, anchor and restarts) is the record.
 */
public enum PeriodType {
  /** {@link TierPeriod.CalendarYear}. */
  CALENDAR_YEAR("calendar-year"),
  /** {@link TierPeriod.FixedYear}, which takes a {@code start}. */
  FIXED_YEAR("fixed-year"),
  /** {@link TierPeriod.MembershipYear}, which takes an {@code align}. */
  MEMBERSHIP_YEAR("membership-year"),
  /** {@link TierPeriod.SinceLevelChange}, which takes an {@code align} of {@code month-end}. */
  SINCE_LEVEL_CHANGE("since-level-change");

  private final String wireName;

  PeriodType(String wireName) {
    this.wireName = wireName;
  }

  /** The name as written in JSON ({@code calendar-year}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Whether the type takes an {@link Alignment} ({@code membership-year}, {@code since-level-change}). */
  public boolean alignable() {
    return this == MEMBERSHIP_YEAR || this == SINCE_LEVEL_CHANGE;
  }

  /** The type written {@code name} in JSON, or empty if there is none. */
  public static Optional<PeriodType> fromWireName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
