package dev.pledge.sla.internal;

import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.Metric;
import java.util.List;

/**
 * The clocks of the metrics an engine tracks, in metric order, with, per event type, the clocks
 * that move at it (so the replay calls only those). Made once per engine by
 * {@link Clocks#targeted}; immutable.
 */
public final class ClockSet {
  private static final CaseEventType[] TYPES = CaseEventType.values();
  final MetricClock[] clocks;
  final Metric[] metrics; // per clock: its metric
  final int[][] byType; // per event type (by ordinal): the indexes of the clocks that move at it

  ClockSet(List<MetricClock> clocks) {
    this.clocks = clocks.toArray(new MetricClock[0]);
    metrics = new Metric[this.clocks.length];
    for (int i = 0; i < metrics.length; i++) {
      metrics[i] = this.clocks[i].metric();
    }
    byType = new int[TYPES.length][];
    for (CaseEventType type : TYPES) {
      byType[type.ordinal()] = java.util.stream.IntStream.range(0, this.clocks.length)
          .filter(i -> this.clocks[i].movesAt().contains(type)).toArray();
    }
  }
}
