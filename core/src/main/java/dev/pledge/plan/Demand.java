package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The cases expected in one interval of time, {@code [from, to)}: a forecast's line, or one
 * interval of a {@link WeekProfile}'s week.
 *
 * @param from the interval's first instant
 * @param to the instant after the interval, after {@code from}
 * @param arrivals the cases expected to open in the interval, zero or more (an average may have a
 *     fraction)
 */
public record Demand(Instant from, Instant to, double arrivals) {

  /** Checks the components. */
  public Demand {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new InvalidValueException("to", "an interval must end after it starts, but runs from " + from
          + " to " + to);
    }
    if (!(arrivals >= 0 && arrivals < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("arrivals", "the arrivals must be a finite number, zero or more, but were "
          + arrivals);
    }
  }

  /** The interval's length, {@code to − from}. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** This interval with {@code factor} times the arrivals. */
  public Demand times(double factor) {
    return new Demand(from, to, arrivals * factor);
  }
}
