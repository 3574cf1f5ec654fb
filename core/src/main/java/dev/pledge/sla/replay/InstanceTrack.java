package dev.pledge.sla.replay;

import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;

/**
 * The life of one metric instance in wall-clock time, independent of any policy: in which status
 * it runs, and when it is stopped. Working time is computed only when asked, with the calendar and
 * the pause statuses of the policy given, so the same track can be measured under each policy that
 * may apply to it.
 */
public interface InstanceTrack {
  /** The metric measured. */
  Metric metric();

  /** The instance's number within the case, from 1 per metric. */
  int number();

  /** When the clock started. */
  Instant start();

  /** When it stopped for good; null while it runs. */
  Instant stopped();

  /** The policy in force when the instance stopped; null while it runs or if none was then. */
  ServicePolicy policyAtStop();

  /**
   * The working time counted under {@code policy} (its calendar, its pause statuses for the metric)
   * inside {@code [start, at)}, in nanoseconds.
   */
  long elapsedAt(ServicePolicy policy, Instant at);

  /**
   * The earliest instant at which the working time counted under {@code policy} reaches
   * {@code nanos}, assuming the last segment goes on for ever (no further event); null if it never
   * does: the clock stops (at or before that instant), stays paused, or the calendar has no working
   * time left. When {@code nanos} is a policy's target, that instant is the deadline the outcome
   * reports.
   *
   * @param atPause what happens when the time reaches {@code nanos} exactly where the clock pauses:
   *     false, it is passed only when the clock runs again (a share of the target: a pause at the
   *     deadline is no breach); true, it is reached there (a time left before the target). Either
   *     way a stop (a solve) at that instant wins, and {@code nanos} of 0 is reached at the start.
   */
  Instant reach(ServicePolicy policy, long nanos, boolean atPause);

  /** Whether the instance runs (paused or not) at {@code at}: started, not stopped, not between a solve and a reopen. */
  boolean runningAt(Instant at);

  /** The first instant after {@code after} at which {@link #runningAt} changes (a solve, a reopen); null if none. */
  Instant nextRunChange(Instant after);
}
