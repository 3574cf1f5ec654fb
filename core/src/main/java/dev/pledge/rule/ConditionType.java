package dev.pledge.rule;

import java.util.function.BiFunction;

/**
 * A type of condition a module contributes: its JSON name, the record its parameters bind to
 * (checked with Jakarta Validation annotations), and a factory. The parameters are the
 * condition's JSON object without its {@code type}.
 *
 * @param <P> the parameter record
 */
public interface ConditionType<P> {

  /** The name written as {@code "type"} in JSON. */
  String name();

  /** The record the parameters bind to. */
  Class<P> parameters();

  /**
   * Compiles the condition.
   *
   * @throws RuleDefinitionException for parameters that are well-typed but wrong
   */
  Condition create(P parameters, RuleContext context);

  /** A condition type from a name, a parameter record and a factory. */
  static <P> ConditionType<P> of(String name, Class<P> parameters,
      BiFunction<P, RuleContext, Condition> factory) {
    return new dev.pledge.rule.internal.NamedTypes.OfCondition<>(name, parameters, factory);
  }
}
