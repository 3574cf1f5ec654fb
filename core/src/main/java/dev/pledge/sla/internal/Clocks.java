package dev.pledge.sla.internal;

import dev.pledge.InvalidValueException;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where the metric clocks are registered: {@link #BUILT_IN}, the one list of the built-in ones,
 * and {@link #register}, the way to add one more before the engines that measure it are made
 * (tests do; this package is not exported, so it is not public API). The replay loops over these
 * clocks; nothing else in the engines names a metric.
 */
public final class Clocks {
  /** The built-in clocks, in {@link Metric} order. A new built-in metric is one more entry here. */
  static final List<MetricClock> BUILT_IN = List.of(new FirstResponseClock(), new NextResponseClock(),
      new PeriodicUpdateClock(), new ResolutionClock(), new AgentWorkClock());

  private static volatile List<MetricClock> registered = BUILT_IN;

  private Clocks() {}

  /**
   * Adds {@code clock} to the registered clocks, for engines made from now on; registering the same
   * clock object again changes nothing.
   *
   * @throws IllegalArgumentException if another clock already measures the clock's metric
   */
  public static synchronized void register(MetricClock clock) {
    Objects.requireNonNull(clock, "clock");
    Metric metric = Objects.requireNonNull(clock.metric(), "clock.metric()");
    for (MetricClock c : registered) {
      if (c == clock) {
        return;
      }
      if (c.metric() == metric) {
        throw new InvalidValueException("clock", "metric " + metric.wireName() + " already has a clock: "
            + c.getClass().getName());
      }
    }
    List<MetricClock> more = new ArrayList<>(registered);
    more.add(clock);
    registered = List.copyOf(more);
  }

  /** Every registered clock: the built-in ones, then those registered, in order of registration. */
  public static List<MetricClock> all() {
    return registered;
  }

  /**
   * The clocks of the metrics that some policy in {@code policies} targets, in metric order (a
   * metric no policy targets is never tracked).
   *
   * @throws InvalidValueException if a policy targets a metric that has no registered clock
   */
  public static ClockSet targeted(List<ServicePolicy> policies) {
    List<MetricClock> clocks = registered;
    List<MetricClock> out = new ArrayList<>();
    for (ServicePolicy p : policies) {
      for (Metric m : p.targets().keySet()) {
        MetricClock clock = null;
        for (MetricClock c : clocks) {
          if (c.metric() == m) {
            clock = c;
          }
        }
        if (clock == null) {
          throw new InvalidValueException("targets", "policy " + p.id() + " targets metric " + m.wireName()
              + ", which has no registered clock");
        }
        if (!out.contains(clock)) {
          out.add(clock);
        }
      }
    }
    out.sort(Comparator.comparing(MetricClock::metric));
    return new ClockSet(out);
  }
}
