package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of days with more (or fewer) cases than usual, a seasonal sale say: the arrivals of
 * every interval that starts on a day from {@code from} to {@code to}, both included, are
 * multiplied by {@code factor}.
 *
 * @param factor what the arrivals are multiplied by, positive and finite (2 doubles them)
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record Peak(double factor, LocalDate from, LocalDate to) {

  /** Checks the components. */
  public Peak {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!(factor > 0 && factor < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("factor", "the peak factor must be a positive number, but was " + factor);
    }
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", "the peak's last day must not be before its first, but it runs from "
          + from + " to " + to);
    }
  }

  /** Whether {@code at}'s local date in {@code zone} is one of the peak's days. */
  public boolean covers(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    LocalDate day = LocalDate.ofInstant(at, zone);
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** {@code demand} multiplied if it starts on a peak day in {@code zone}, else {@code demand} itself. */
  public Demand apply(Demand demand, ZoneId zone) {
    Objects.requireNonNull(demand, "demand");
    return covers(demand.from(), zone) ? demand.times(factor) : demand;
  }

  /** {@code demand}, in order, with the intervals that start on a peak day (in {@code zone}) multiplied. */
  public List<Demand> apply(List<Demand> demand, ZoneId zone) {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(zone, "zone");
    List<Demand> out = new ArrayList<>(demand.size());
    for (Demand d : demand) {
      out.add(apply(d, zone));
    }
    return out;
  }
}
