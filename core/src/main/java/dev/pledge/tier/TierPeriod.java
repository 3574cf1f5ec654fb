package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * How a program's qualification periods are cut. Each period type is one record that owns its
 * boundaries, whether it reads the customer's anchor date and whether a change of the earned level
 * restarts it; the tier engine asks the period and never switches on its type.
 *
 * <p>Boundaries are local days: a period starting on day {@code d} starts at the midnight of
 * {@code d} in the program's zone (the first instant of the day where midnight falls in a DST gap).
 * Periods are half-open {@code [start, end)}.
 *
 * <p>The built-in types are the four records; {@link Custom} is the one open door, for a period type
 * defined outside this library (a test, or an application that needs quarters).
 */
public sealed interface TierPeriod
    permits TierPeriod.CalendarYear, TierPeriod.FixedYear, TierPeriod.MembershipYear,
        TierPeriod.SinceLevelChange, TierPeriod.Custom {

  /**
   * The first day of the next period: for a period that starts on {@code start} (a boundary, or
   * the day of a level change when {@link #restartsOnLevelChange()}), the day its end falls on.
   * Always after {@code start}.
   *
   * @param start a day in the period, or the day it starts
   * @param anchor the customer's anchor (joined date, else the day of the first event) when
   *     {@link #needsAnchor()}; null otherwise
   */
  LocalDate nextStart(LocalDate start, LocalDate anchor);

  /**
   * The first day of the period after the one that contains {@code first}, the day of the
   * customer's first event. Unless a type says otherwise, {@link #nextStart}.
   *
   * @param anchor as for {@link #nextStart}
   */
  default LocalDate firstEnd(LocalDate first, LocalDate anchor) {
    return nextStart(first, anchor);
  }

  /**
   * The first day of the period that contains {@code first}, the day of the customer's first event:
   * the period that {@link #firstEnd} ends. Unless a type says otherwise, the earliest day before
   * {@code first} (at most ten years back) whose {@link #firstEnd} is the same.
   *
   * @param anchor as for {@link #nextStart}
   */
  default LocalDate firstStart(LocalDate first, LocalDate anchor) {
    LocalDate end = firstEnd(first, anchor);
    LocalDate start = first;
    LocalDate limit = first.minusYears(10);
    while (start.isAfter(limit) && firstEnd(start.minusDays(1), anchor).equals(end)) {
      start = start.minusDays(1);
    }
    return start;
  }

  /** Whether the boundaries depend on the customer's anchor date; if not, they are the same for everyone. */
  boolean needsAnchor();

  /** Whether a change of the earned level starts a new period (and new metric counters). */
  default boolean restartsOnLevelChange() {
    return false;
  }

  /** 1 January to 31 December. */
  record CalendarYear() implements TierPeriod {
    @Override
    public LocalDate nextStart(LocalDate start, LocalDate anchor) {
      return LocalDate.of(start.getYear() + 1, 1, 1);
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      return LocalDate.of(first.getYear(), 1, 1);
    }

    @Override
    public boolean needsAnchor() {
      return false;
    }
  }

  /**
   * Years starting on a fixed day ({@code "03-01"}).
   *
   * @param start the first day of each period; never 29 February, which does not exist every year
   */
  record FixedYear(MonthDay start) implements TierPeriod {
    /** Checks the start day. */
    public FixedYear {
      Objects.requireNonNull(start, "start");
      if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
        throw new InvalidValueException("start", "must be a day that exists every year, but was \"02-29\"");
      }
    }

    @Override
    public LocalDate nextStart(LocalDate day, LocalDate anchor) {
      LocalDate candidate = start.atYear(day.getYear());
      return candidate.isAfter(day) ? candidate : start.atYear(day.getYear() + 1);
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      LocalDate candidate = start.atYear(first.getYear());
      return candidate.isAfter(first) ? start.atYear(first.getYear() - 1) : candidate;
    }

    @Override
    public boolean needsAnchor() {
      return false;
    }
  }

  /**
   * Years starting on the anniversaries of the customer's {@code joined} date (29 February
   * anniversaries fall on 28 February in other years). Without a joined date, the local date of
   * the customer's first activity or membership event in the program stands in for it.
   */
  record MembershipYear() implements TierPeriod {
    @Override
    public LocalDate nextStart(LocalDate day, LocalDate anchor) {
      LocalDate candidate = anchor.plusYears((long) day.getYear() - anchor.getYear());
      return candidate.isAfter(day) ? candidate : anchor.plusYears((long) day.getYear() + 1 - anchor.getYear());
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      LocalDate candidate = anchor.plusYears((long) first.getYear() - anchor.getYear());
      return candidate.isAfter(first) ? anchor.plusYears((long) first.getYear() - 1 - anchor.getYear()) : candidate;
    }

    @Override
    public boolean needsAnchor() {
      return true;
    }
  }

  /**
   * 12-month periods that restart whenever the earned level changes, metric counters with them.
   * A period started on a day ends at the midnight starting the same day 12 months later; the
   * first period runs from the anchor in steps of 12 months.
   */
  record SinceLevelChange() implements TierPeriod {
    @Override
    public LocalDate nextStart(LocalDate start, LocalDate anchor) {
      return start.plusMonths(12);
    }

    @Override
    public LocalDate firstEnd(LocalDate first, LocalDate anchor) {
      long years = Math.max(1, first.getYear() - anchor.getYear() - 1);
      LocalDate end = anchor.plusMonths(12 * years);
      while (!end.isAfter(first)) {
        years++;
        end = anchor.plusMonths(12 * years);
      }
      return end;
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      LocalDate end = firstEnd(first, anchor);
      long years = 0;
      while (anchor.plusMonths(12 * (years + 1)).isBefore(end)) {
        years++;
      }
      return anchor.plusMonths(12 * years);
    }

    @Override
    public boolean needsAnchor() {
      return true;
    }

    @Override
    public boolean restartsOnLevelChange() {
      return true;
    }
  }

  /**
   * A period type defined outside Pledge. Non-sealed so that a new type needs only one class; the
   * built-in types stay a closed set. An implementation must be immutable, and
   * {@link #nextStart} must return a day after its argument.
   */
  non-sealed interface Custom extends TierPeriod {}

  /** 1 January to 31 December. */
  static TierPeriod calendarYear() {
    return new CalendarYear();
  }

  /**
   * Years starting on {@code start}.
   *
   * @throws InvalidValueException if {@code start} is 29 February
   */
  static TierPeriod fixedYear(MonthDay start) {
    return new FixedYear(start);
  }

  /** Years from the customer's joined date. */
  static TierPeriod membershipYear() {
    return new MembershipYear();
  }

  /** 12 months restarting at every change of the earned level. */
  static TierPeriod sinceLevelChange() {
    return new SinceLevelChange();
  }
}
