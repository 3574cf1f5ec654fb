package dev.pledge.tier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * How a program's qualification periods are cut. Boundaries are midnights in the program's zone
 * (the first instant of the day where midnight falls in a DST gap).
 *
 * @param type the period type
 * @param start for {@link Type#FIXED_YEAR}, the first day of each period; empty otherwise
 */
public record TierPeriod(Type type, Optional<MonthDay> start) {

  /** The period types. */
  public enum Type {
    /** 1 January to 31 December. */
    CALENDAR_YEAR("calendar-year"),
    /** Years starting on a fixed day ({@code "03-01"}). */
    FIXED_YEAR("fixed-year"),
    /**
     * Years starting on the anniversaries of the customer's {@code joined} date (29 February
     * anniversaries fall on 28 February in other years). Without a joined date, the local date of
     * the customer's first activity or membership event in the program stands in for it.
     */
    MEMBERSHIP_YEAR("membership-year"),
    /**
     * 12-month periods that restart whenever the earned level changes, metric counters with them.
     * A period started at an instant ends at the midnight starting the same day 12 months later.
     */
    SINCE_LEVEL_CHANGE("since-level-change");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The JSON name. */
    @JsonValue
    public String id() {
      return id;
    }
  }

  /** Checks the components. */
  public TierPeriod {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start");
    if (type == Type.FIXED_YEAR != start.isPresent()) {
      throw new IllegalArgumentException(type == Type.FIXED_YEAR
          ? "a fixed-year period needs a start day" : "only a fixed-year period has a start day");
    }
    if (start.filter(s -> s.getMonthValue() == 2 && s.getDayOfMonth() == 29).isPresent()) {
      throw new IllegalArgumentException("a fixed-year period cannot start on 02-29: it must exist every year");
    }
  }

  /** 1 January to 31 December. */
  public static TierPeriod calendarYear() {
    return new TierPeriod(Type.CALENDAR_YEAR, Optional.empty());
  }

  /** Years starting on {@code start}, which must not be 29 February. */
  public static TierPeriod fixedYear(MonthDay start) {
    return new TierPeriod(Type.FIXED_YEAR, Optional.of(start));
  }

  /** Years from the customer's joined date. */
  public static TierPeriod membershipYear() {
    return new TierPeriod(Type.MEMBERSHIP_YEAR, Optional.empty());
  }

  /** 12 months restarting at every change of the earned level. */
  public static TierPeriod sinceLevelChange() {
    return new TierPeriod(Type.SINCE_LEVEL_CHANGE, Optional.empty());
  }
}
