package dev.pledge.rule;

import java.util.List;

/**
 * A module of rule types: condition types, metric types and escalation action types. Found
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

  /**
   * The escalation action types this module contributes: keys a step's {@code then} may hold
   * beside the built-in actions.
   */
  default List<ActionType<?>> actionTypes() {
    return List.of();
  }
}
