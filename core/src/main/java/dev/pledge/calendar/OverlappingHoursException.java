package dev.pledge.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Two working ranges of a calendar share local time. Says which configured day of the week or
 * dated entry the overlap belongs to, so a configuration loader can point at it.
 */
public final class OverlappingHoursException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Object at;

  /**
   * @param message the two ranges and where they lie
   * @param at the {@link DayOfWeek} of the weekly hours or the {@link LocalDate} of the dated hours
   *     at fault
   */
  public OverlappingHoursException(String message, Object at) {
    super(message);
    if (!(at instanceof DayOfWeek) && !(at instanceof LocalDate)) {
      throw new IllegalArgumentException("at must be a DayOfWeek or a LocalDate, but was " + at);
    }
    this.at = Objects.requireNonNull(at, "at");
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
