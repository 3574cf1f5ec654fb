package dev.pledge.rules;

import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The common shape of the standard leaf conditions: a verdict computed on the fast path without
 * allocating (no Optional, boxing, iterator or string is built by {@link #holds}), and a detail
 * for explanations, built only when one is asked for.
 */
abstract class Leaf implements Condition {
  private static final MethodHandle TEST;

  static {
    try {
      TEST = MethodHandles.lookup().findVirtual(Leaf.class, "test", MethodType.methodType(boolean.class, Facts.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String type;
  private final String description;

  Leaf(String type, String description) {
    this.type = type;
    this.description = description;
  }

  /** The verdict; allocates nothing. */
  abstract boolean holds(Facts facts);

  /** The values compared, in words, for the explanation. */
  abstract String detail(Facts facts);

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final boolean test(Facts facts) {
    return holds(Objects.requireNonNull(facts, "facts"));
  }

  /** {@link #test}, final here, bound to this leaf: compiled rule sets call it directly and inline it. */
  @Override
  public final MethodHandle testHandle() {
    return TEST.bindTo(this);
  }

  @Override
  public final Explanation explain(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    return Explanation.leaf(description, holds(facts), detail(facts));
  }

  @Override
  public String toString() {
    return description;
  }

  /** {@code [a, b]} for messages. */
  static String list(Collection<String> values) {
    return "[" + String.join(", ", values) + "]";
  }

  /** Whether {@code values} holds any of {@code wanted}, with an indexed loop (no iterator). */
  static boolean containsAny(Set<String> values, String[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      if (values.contains(wanted[i])) {
        return true;
      }
    }
    return false;
  }
}
