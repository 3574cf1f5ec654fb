package dev.pledge.sla;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured instance of a metric in one case, as it stands at the evaluation instant. Every
 * duration is working time in the calendar of {@code policy}.
 *
 * @param metric what is measured
 * @param number the instance's number within the case, from 1 per metric, in order of start
 * @param policy the policy whose target applies: the case's policy when the instance stopped, or
 *     the current one while it runs
 * @param target the working time allowed
 * @param start when the clock started (the wall-clock instant of the starting event)
 * @param stop when it stopped for good; empty while it runs
 * @param elapsed working time counted: inside {@code [start, stop or asOf)}, minus pauses and
 *     minus the time between a solve and a reopen
 * @param paused working time that fell inside pauses
 * @param deadline when the instance breaches if nothing else happens: for an active instance the
 *     instant its elapsed time will reach the target (the earliest such instant, so a target that
 *     runs out at closing time gives closing time); for a breached one the instant it did. Empty
 *     while paused, for an achieved instance (it can no longer breach), and when the calendar has
 *     no working time left in which to reach the target
 * @param state achieved, breached, active or paused
 * @param breachedBy working time over target; zero unless breached (and may be zero for an
 *     instance that stopped after its deadline while the calendar was closed)
 */
public record MetricInstance(Metric metric, int number, ServicePolicy policy, Duration target,
    Instant start, Optional<Instant> stop, Duration elapsed, Duration paused,
    Optional<Instant> deadline, InstanceState state, Duration breachedBy) {

  /** Checks the components. */
  public MetricInstance {
    Objects.requireNonNull(metric, "metric");
    if (number < 1) {
      throw new InvalidValueException("number", "number must be 1 or more, but was " + number);
    }
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(paused, "paused");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(breachedBy, "breachedBy");
  }

  /** Whether the instance still runs (active, paused, or breached and not yet stopped). */
  public boolean running() {
    return stop.isEmpty();
  }

  /** The name of the calendar the durations are measured in. */
  public String calendar() {
    return policy.calendar().name();
  }

  @Override
  public String toString() {
    return metric.wireName() + "#" + number + "[" + state.wireName() + ", policy " + policy.id()
        + ", target " + target + ", start " + start + ", stop " + stop.map(Instant::toString)
            .orElse("-") + ", elapsed " + elapsed + ", paused " + paused + ", deadline "
        + deadline.map(Instant::toString).orElse("-") + ", breachedBy " + breachedBy + "]";
  }
}
