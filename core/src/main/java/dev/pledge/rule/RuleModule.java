package dev.pledge.rule;

import java.util.List;

/**
 * A module of rule types: condition types and metric types (and, later, action types). Found
 * with {@link java.util.ServiceLoader} or registered in code with
 * {@code Pledge.builder().module(...)}. Two modules defining the same type name is a load-time
 * error.
 */
public interface RuleModule {

  /** The module's name, used in messages. */
  String name();

  /** The condition types this module contributes. */
  default List<ConditionType<?>> conditionTypes() {
    return List.of();
  }

  /** The metric types this module contributes. */
  default List<MetricType<?>> metricTypes() {
    return List.of();
  }
}
