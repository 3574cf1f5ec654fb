package dev.pledge.rule;

import dev.pledge.customer.Activity;
import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * A type of tier metric a module contributes ({@code sum}, {@code count}, {@code distinct}). In
 * JSON a metric is written either with its type name as a key ({@code {"sum": "xp"}}) or with an
 * explicit {@code "type"}; the object without {@code type} and {@code where} binds to the
 * parameter record. The {@code where} filter is applied by the engine before an activity reaches
 * the metric.
 *
 * @param <P> the parameter record
 */
public interface MetricType<P> {

  /** The metric type's name. */
  String name();

  /** The record the parameters bind to. */
  Class<P> parameters();

  /**
   * Compiles the metric.
   *
   * @throws RuleDefinitionException for parameters that are well-typed but wrong
   */
  Metric create(P parameters, RuleContext context);

  /** A metric type from a name, a parameter record and a factory. */
  static <P> MetricType<P> of(String name, Class<P> parameters, BiFunction<P, RuleContext, Metric> factory) {
    return new dev.pledge.rule.internal.NamedTypes.OfMetric<>(name, parameters, factory);
  }

  /** A compiled metric: makes empty accumulators. Immutable and thread-safe. */
  interface Metric {
    /** A new, empty accumulator (value zero). */
    Accumulator start();
  }

  /** Accumulates one metric over a run of activities. Not thread-safe. */
  interface Accumulator {
    /** Counts an activity that passed the metric's filter. Negative amounts (refunds) lower a sum. */
    void add(Activity activity);

    /** The value so far. */
    BigDecimal value();
  }
}
