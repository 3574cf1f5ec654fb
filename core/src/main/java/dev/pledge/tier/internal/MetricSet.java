package dev.pledge.tier.internal;

import dev.pledge.customer.Customer;
import dev.pledge.rule.Facts;
import dev.pledge.rule.MetricType;
import dev.pledge.customer.Activity;
import dev.pledge.tier.PeriodResults;
import dev.pledge.tier.TierMetric;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a program's metrics (a period, all time, a challenge window): an accumulator per
 * metric plus an opening value carried over by rollover. Its {@link #facts()} read the live
 * values, so conditions are tested without copying. Not thread-safe.
 */
final class MetricSet {
  private final List<TierMetric> metrics;
  private final Map<String, Integer> index;
  private final MetricType.Accumulator[] accumulators;
  private final BigDecimal[] carry;
  private final Shared shared;
  private final String[] lookupNames;
  private final int[] lookupIndex;

  MetricSet(Plan plan, Shared shared) {
    this.metrics = plan.metricList;
    this.index = plan.index;
    this.lookupNames = plan.lookupNames;
    this.lookupIndex = plan.lookupIndex;
    this.accumulators = new MetricType.Accumulator[metrics.size()];
    this.carry = new BigDecimal[metrics.size()];
    this.shared = shared;
    reset(-1, BigDecimal.ZERO);
  }

  /**
   * One {@link Facts} per replay whose metric values are those of the set last asked for: built
   * once, pointed at a set before each test. Valid until {@link #facts()} is called on another set.
   */
  static final class Shared {
    private final Customer customer;
    private final Instant asOf;
    private final PeriodResults periods;
    private MetricSet current;
    private Facts facts;

    /** Facts of {@code customer} at {@code asOf} whose {@link PeriodResults} are {@code periods} (live). */
    Shared(Customer customer, Instant asOf, PeriodResults periods) {
      this.customer = customer;
      this.asOf = asOf;
      this.periods = periods;
    }

    Facts on(MetricSet set) {
      current = set;
      if (facts == null) {
        facts = Facts.builder().customer(customer).asOf(asOf).metrics(name -> current.lookup(name))
            .extension(PeriodResults.class, periods).build();
      }
      return facts;
    }
  }

  /** Facts whose metric values are this set's live values, until another set's facts are asked for. */
  Facts facts() {
    return shared.on(this);
  }

  /** Counts {@code a} in the metrics whose filter passed it ({@code pass[i]}). */
  void add(Activity a, boolean[] pass) {
    for (int i = 0; i < accumulators.length; i++) {
      if (pass[i]) {
        accumulators[i].add(a);
      }
    }
  }

  /** Counts {@code a} in the metrics whose filter passed it ({@code pass[i]}) and that {@code only} selects. */
  void add(Activity a, boolean[] pass, boolean[] only) {
    for (int i = 0; i < accumulators.length; i++) {
      if (pass[i] && only[i]) {
        accumulators[i].add(a);
      }
    }
  }

  /** Restarts every metric at zero, except metric {@code carried} (if not -1), which opens at {@code opening}. */
  void reset(int carried, BigDecimal opening) {
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] = metrics.get(i).metric().start();
      carry[i] = i == carried && opening.signum() != 0 ? opening : null;
    }
  }

  /** Metric {@code i}'s opening value: what rollover carried into this run, or zero. */
  BigDecimal opening(int i) {
    return carry[i] == null ? BigDecimal.ZERO : carry[i];
  }

  /** Metric {@code i}'s value, opening value included. */
  BigDecimal value(int i) {
    BigDecimal v = accumulators[i].value();
    return carry[i] == null ? v : v.add(carry[i]);
  }

  /**
   * Every metric's value by name, as the immutable map that {@link Map#copyOf} would make of them
   * in definition order (so {@code TierStatus} keeps it instead of copying it).
   */
  @SuppressWarnings("unchecked")
  Map<String, BigDecimal> values() {
    Map.Entry<String, BigDecimal>[] out = new Map.Entry[accumulators.length];
    for (int i = 0; i < accumulators.length; i++) {
      out[i] = Map.entry(metrics.get(i).name(), value(i));
    }
    return Map.ofEntries(out);
  }

  private Optional<BigDecimal> lookup(String name) {
    for (int k = 0; k < lookupNames.length; k++) {
      if (lookupNames[k] == name) {
        return Optional.of(value(lookupIndex[k]));
      }
    }
    Integer i = index.get(name);
    return i == null ? Optional.empty() : Optional.of(value(i));
  }
}
