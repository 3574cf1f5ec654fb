package dev.pledge.rule;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A type of escalation action a module contributes, beside the built-in {@code notify},
 * {@code moveToLine}, {@code raisePriority}, {@code keepOwner} and {@code compensate}: its name,
 * written as a key of a step's {@code then} ({@code "open-ticket": {"queue": "billing"}}), the
 * record the key's value binds to (checked with Jakarta Validation annotations), and a factory
 * that turns the checked parameters into the action's value. The value is returned as data in
 * {@link dev.pledge.escalation.StepActions#custom()} when the step falls due; the library
 * performs nothing.
 *
 * @param <P> the parameter record
 */
public interface ActionType<P> {
  /**
   * The names of the actions built into escalation steps, as written in a step's {@code then}
   * ({@code dev.pledge.escalation.StepActions}); no action type may take them.
   */
  List<String> BUILT_IN = List.of("notify", "moveToLine", "raisePriority", "keepOwner", "compensate");


  /** The key written in a step's {@code then} ({@code "open-ticket"}). */
  String name();

  /** The record the key's value binds to. */
  Class<P> parameters();

  /**
   * Compiles the action: the value an app receives when the step falls due. Should be an
   * immutable value (a record, often the parameters themselves); never null.
   *
   * @throws RuleDefinitionException for parameters that are well-typed but wrong
   */
  Object create(P parameters, RuleContext context);

  /**
   * An action type from a name, a parameter record and a factory.
   *
   * @throws NullPointerException if an argument is null
   */
  static <P> ActionType<P> of(String name, Class<P> parameters, BiFunction<P, RuleContext, ?> factory) {
    return new dev.pledge.rule.internal.NamedTypes.OfAction<>(name, parameters, factory);
  }
}
