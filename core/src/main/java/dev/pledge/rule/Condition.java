package dev.pledge.rule;

import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A compiled condition of the rule language. Evaluation is pure and never throws for missing
 * facts: a condition that needs a fact that is absent is false, and its explanation says so.
 * Implementations are immutable and thread-safe.
 */
public interface Condition {

  /** The condition's type name as written in JSON ({@code "tier-at-least"}). */
  String type();

  /**
   * Whether the condition holds for {@code facts}: the fast path, called on every evaluation, with
   * no explanation built. It must agree with {@code explain(facts).held()}; rule sets test with it
   * and explain only when a trace is asked for. The default builds the explanation; override it.
   */
  default boolean test(Facts facts) {
    return explain(facts).held();
  }

  /** Evaluates and explains: the verdict, the values compared and the parts' explanations. */
  Explanation explain(Facts facts);

  /**
   * This condition's {@link #test} as a method handle of type {@code (Facts)boolean}, for rule sets,
   * which compile their conditions into code of their own. The default calls {@code test} through
   * this interface. A condition may return a handle to its own class's {@code test} bound to
   * itself (found with its own {@link java.lang.invoke.MethodHandles#lookup()}): compiled code then
   * calls it directly and can inline it.
   */
  default MethodHandle testHandle() {
    return Conditions.interfaceTest(this);
  }

  /** The parts of a combinator, in order; empty for a leaf condition. */
  default List<Condition> children() {
    return List.of();
  }
}
