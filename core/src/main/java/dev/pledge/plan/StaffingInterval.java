package dev.pledge.plan;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The agents one interval needs to keep the promise, and what they deliver under Erlang C
 * (docs/planning.md, "Staffing").
 *
 * @param from the interval's first instant
 * @param to the instant after the interval
 * @param arrivals the cases expected to open in the interval
 * @param traffic the offered load in Erlangs: {@code arrivals × aht / (to − from)}
 * @param agents the fewest agents answering, more than {@code traffic}, whose service level meets
 *     the objective; 0 without traffic
 * @param serviceLevel the share of cases answered within the target with {@code agents}, in
 *     {@code [0, 1]}; 1 without traffic
 * @param asa the average speed of answer with {@code agents}: the mean wait, zero included; zero
 *     without traffic
 * @param occupancy the share of the agents' time spent handling, {@code traffic / agents}, in
 *     {@code [0, 1)}; 0 without traffic
 * @param staff the people to schedule so that {@code agents} are answering after shrinkage,
 *     {@code ⌈agents / (1 − shrinkage)⌉}
 */
public record StaffingInterval(Instant from, Instant to, double arrivals, double traffic, int agents,
    double serviceLevel, Duration asa, double occupancy, int staff) {

  /** Checks the components. */
  public StaffingInterval {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asa, "asa");
    if (!to.isAfter(from)) {
      throw new InvalidValueException("to", "an interval must end after it starts, but runs from " + from
          + " to " + to);
    }
    if (agents < 0 || staff < agents) {
      throw new InvalidValueException("staff", "the staff must be at least the agents, and the agents 0 or "
          + "more, but were " + staff + " staff for " + agents + " agents");
    }
    if (!(serviceLevel >= 0 && serviceLevel <= 1) || !(occupancy >= 0 && occupancy <= 1)) {
      throw new InvalidValueException("serviceLevel", "the service level and occupancy are shares from 0 to 1, "
          + "but were " + serviceLevel + " and " + occupancy);
    }
  }

  /** The interval's length, {@code to − from}. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** The staff's time in the interval: {@code staff × (to − from)}. */
  public Duration staffTime() {
    return length().multipliedBy(staff);
  }
}
