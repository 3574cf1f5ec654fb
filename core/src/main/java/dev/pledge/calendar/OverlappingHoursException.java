package dev.pledge.calendar;

import dev.pledge.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Two working ranges of a calendar share local time. Says which configured day of the week or
 * dated entry the overlap belongs to ({@link #field()}: {@code week/mon} or {@code dates/2026-12-24}),
 * so a configuration loader can point at it.
 */
public final class OverlappingHoursException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final transient Object at;

  /**
   * @param message the two ranges and where they lie
   * @param at the {@link DayOfWeek} of the weekly hours or the {@link LocalDate} of the dated hours
   *     at fault
   */
  public OverlappingHoursException(String message, Object at) {
    super(field(at), message);
    if (!(at instanceof DayOfWeek) && !(at instanceof LocalDate)) {
      throw new InvalidValueException("at", "at must be a DayOfWeek or a LocalDate, but was " + at);
    }
    this.at = Objects.requireNonNull(at, "at");
  }

  /** {@code week/mon} for weekly hours, {@code dates/2026-12-24} for dated hours. */
  private static String field(Object at) {
    if (at instanceof DayOfWeek d) {
      return "week/" + d.toString().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
    }
    return at instanceof LocalDate d ? "dates/" + d : "";
  }

  /** The day of the week whose weekly hours overlap, if the overlap is in the weekly hours. */
  public Optional<DayOfWeek> day() {
    return at instanceof DayOfWeek d ? Optional.of(d) : Optional.empty();
  }

  /** The date whose dated hours overlap (or spill into a neighbour), if the overlap is there. */
  public Optional<LocalDate> date() {
    return at instanceof LocalDate d ? Optional.of(d) : Optional.empty();
  }
}
