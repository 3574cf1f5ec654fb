package dev.pledge.sla.replay;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.time.Instant;

/**
 * The life of one metric instance in wall-clock time, independent of any policy: when it runs, is
 * paused, or is stopped. Working time is computed only when asked, in the calendar given, so the
 * same track can be measured under each policy that may apply to it.
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

  /** The working time counted in {@code calendar} inside {@code [start, at)}, in nanoseconds. */
  long elapsedAt(BusinessCalendar calendar, Instant at);

  /**
   * The earliest instant at which the working time counted in {@code calendar} reaches
   * {@code nanos}, assuming the last segment goes on for ever (no further event); null if it never
   * does: the clock stops (at or before that instant), stays paused, or the calendar has no working
   * time left. When {@code nanos} is a policy's target, that instant is the deadline the outcome
   * reports.
   */
  Instant reach(BusinessCalendar calendar, long nanos);
}
