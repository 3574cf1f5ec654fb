package dev.pledge.plan;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The staffing of a run of intervals (a week, or a forecast's intervals), in time order.
 *
 * @param intervals every interval's staffing, in the order given
 */
public record StaffingPlan(List<StaffingInterval> intervals) {
  private static final Comparator<StaffingInterval> BY_STAFF = Comparator.comparingInt(StaffingInterval::staff)
      .thenComparingInt(StaffingInterval::agents).thenComparingDouble(StaffingInterval::traffic);

  /** Checks and copies the intervals. */
  public StaffingPlan {
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
  }

  /**
   * The worst interval: the one that needs the most staff (with shrinkage), of those the most
   * agents, then the most traffic, then the first; empty when there are no intervals.
   */
  public Optional<StaffingInterval> worst() {
    StaffingInterval worst = null;
    for (StaffingInterval i : intervals) {
      if (worst == null || BY_STAFF.compare(i, worst) > 0) {
        worst = i;
      }
    }
    return Optional.ofNullable(worst);
  }

  /** The staff's time over every interval: the sum of each interval's staff times its length. */
  public Duration staffTime() {
    Duration total = Duration.ZERO;
    for (StaffingInterval i : intervals) {
      total = total.plus(i.staffTime());
    }
    return total;
  }

  /** {@link #staffTime()} in hours: the agent-hours to schedule. */
  public double agentHours() {
    Duration total = staffTime();
    return total.getSeconds() / 3600.0 + total.getNano() / 3.6e12;
  }
}
