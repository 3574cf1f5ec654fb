package dev.pledge.rule;

import java.util.Objects;
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
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(factory, "factory");
    return new ConditionType<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Class<P> parameters() {
        return parameters;
      }

      @Override
      public Condition create(P p, RuleContext context) {
        return factory.apply(p, context);
      }

      @Override
      public String toString() {
        return "ConditionType[" + name + "]";
      }
    };
  }
}
