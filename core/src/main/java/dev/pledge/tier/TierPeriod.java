package dev.pledge.tier;

import dev.pledge.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

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
    Objects.requireNonNull(first, "first");
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
    Objects.requireNonNull(first, "first");
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
      Objects.requireNonNull(start, "start");
      return LocalDate.of(start.getYear() + 1, 1, 1);
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      Objects.requireNonNull(first, "first");
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
    public LocalDate nextStart(LocalDate start, LocalDate anchor) {
      Objects.requireNonNull(start, "start");
      LocalDate candidate = this.start.atYear(start.getYear());
      return candidate.isAfter(start) ? candidate : this.start.atYear(start.getYear() + 1);
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      Objects.requireNonNull(first, "first");
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
   *
   * @param align {@link Alignment#MONTH_START}: anniversaries on the first day of the joining
   *     month; {@link Alignment#MONTH_END}: each year ends at the first midnight of the month after
   *     the one that holds its last day (the first year still starts on the joined date); empty:
   *     the anniversaries themselves
   */
  record MembershipYear(Optional<Alignment> align) implements TierPeriod {
    /** Checks the component. */
    public MembershipYear {
      Objects.requireNonNull(align, "align");
    }

    /** Years from the anniversaries themselves. */
    public MembershipYear() {
      this(Optional.empty());
    }

    @Override
    public LocalDate nextStart(LocalDate start, LocalDate anchor) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(anchor, "anchor"); // this type needs the anchor
      if (align.isEmpty()) {
        return anniversaryAfter(start, anchor);
      }
      if (align.get() == Alignment.MONTH_START) {
        return anniversaryAfter(start, anchor.withDayOfMonth(1));
      }
      if (start.isBefore(anchor)) {
        return anniversaryAfter(start, anchor);
      }
      return Alignment.monthEnd(anchor.plusYears(yearsToEndAfter(start, anchor)));
    }

    @Override
    public LocalDate firstStart(LocalDate first, LocalDate anchor) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(anchor, "anchor"); // this type needs the anchor
      if (align.isEmpty()) {
        return anniversaryOnOrBefore(first, anchor);
      }
      if (align.get() == Alignment.MONTH_START) {
        return anniversaryOnOrBefore(first, anchor.withDayOfMonth(1));
      }
      if (first.isBefore(anchor)) {
        return anniversaryOnOrBefore(first, anchor);
      }
      long n = yearsToEndAfter(first, anchor);
      return n == 1 ? anchor : Alignment.monthEnd(anchor.plusYears(n - 1));
    }

    /** The smallest n >= 1 whose moved anniversary is after {@code day} (on or after the anchor). */
    private static long yearsToEndAfter(LocalDate day, LocalDate anchor) {
      long n = Math.max(1, day.getYear() - anchor.getYear() - 1);
      while (!Alignment.monthEnd(anchor.plusYears(n)).isAfter(day)) {
        n++;
      }
      return n;
    }

    private static LocalDate anniversaryAfter(LocalDate day, LocalDate anchor) {
      LocalDate candidate = anchor.plusYears((long) day.getYear() - anchor.getYear());
      return candidate.isAfter(day) ? candidate : anchor.plusYears((long) day.getYear() + 1 - anchor.getYear());
    }

    private static LocalDate anniversaryOnOrBefore(LocalDate first, LocalDate anchor) {
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
   *
   * @param align {@link Alignment#MONTH_END}: each period ends at the first midnight of the month
   *     after the one that holds its last day, and the next one starts there; empty: no move.
   *     {@link Alignment#MONTH_START} is not taken
   */
  record SinceLevelChange(Optional<Alignment> align) implements TierPeriod {
    /**
     * Checks the component.
     *
     * @throws InvalidValueException (field {@code align}) for {@link Alignment#MONTH_START}
     */
    public SinceLevelChange {
      Objects.requireNonNull(align, "align");
      if (align.equals(Optional.of(Alignment.MONTH_START))) {
        throw new InvalidValueException("align", "a since-level-change period takes only \"month-end\" alignment, "
            + "but was \"month-start\"", "must be \"month-end\" for a since-level-change period, but was \"month-start\"");
      }
    }

    /** 12-month periods without alignment. */
    public SinceLevelChange() {
      this(Optional.empty());
    }

    @Override
    public LocalDate nextStart(LocalDate start, LocalDate anchor) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(anchor, "anchor"); // this type needs the anchor
      LocalDate next = start.plusMonths(12);
      return align.isPresent() ? Alignment.monthEnd(next) : next;
    }

    @Override
    public LocalDate firstEnd(LocalDate first, LocalDate anchor) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(anchor, "anchor"); // this type needs the anchor
      if (align.isPresent()) {
        LocalDate end = nextStart(anchor, anchor);
        while (!end.isAfter(first)) {
          end = nextStart(end, anchor);
        }
        return end;
      }
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
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(anchor, "anchor"); // this type needs the anchor
      if (align.isPresent()) {
        LocalDate start = anchor;
        LocalDate end = nextStart(anchor, anchor);
        while (!end.isAfter(first)) {
          start = end;
          end = nextStart(end, anchor);
        }
        return start;
      }
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

  /** Years from the customer's joined date, moved to months by {@code align}. */
  static TierPeriod membershipYear(Alignment align) {
    return new MembershipYear(Optional.of(Objects.requireNonNull(align, "align")));
  }

  /** 12 months restarting at every change of the earned level. */
  static TierPeriod sinceLevelChange() {
    return new SinceLevelChange();
  }

  /**
   * 12 months restarting at every change of the earned level, each ending at the end of a month.
   *
   * @throws InvalidValueException (field {@code align}) for {@link Alignment#MONTH_START}
   */
  static TierPeriod sinceLevelChange(Alignment align) {
    return new SinceLevelChange(Optional.of(Objects.requireNonNull(align, "align")));
  }
}
