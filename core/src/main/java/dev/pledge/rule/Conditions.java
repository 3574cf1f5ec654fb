package dev.pledge.rule;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The combinators of the rule language: {@code all}, {@code any} and {@code not}. */
public final class Conditions {
  private static final MethodHandle TEST;
  private static final MethodHandle NOT;
  private static final MethodHandle TRUE = always(true);
  private static final MethodHandle FALSE = always(false);

  static {
    try {
      MethodType test = MethodType.methodType(boolean.class, Facts.class);
      TEST = MethodHandles.publicLookup().findVirtual(Condition.class, "test", test);
      NOT = MethodHandles.lookup().findStatic(Conditions.class, "negate",
          MethodType.methodType(boolean.class, boolean.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The most parts an {@code all} or {@code any} becomes method-handle combinators for: each part
   * nests one more, so a wider one is tested by its loop instead (no deep stack for 5,000 parts).
   */
  static final int MAX_COMBINED_PARTS = 32;

  private Conditions() {}

  /**
   * {@code condition} as a method handle of type {@code (Facts)boolean} that tests it: the
   * combinators become method-handle combinators (short-circuiting as {@code test} does) and every
   * other condition a handle bound to it, so that compiled code inlines each one with its own
   * receiver (see {@link RuleSetCode}).
   */
  static MethodHandle handle(Condition condition) {
    if (condition instanceof Group g && g.parts.length <= MAX_COMBINED_PARTS) {
      Condition[] parts = g.parts;
      MethodHandle h = g.all ? TRUE : FALSE;
      for (int i = parts.length - 1; i >= 0; i--) {
        MethodHandle part = handle(parts[i]);
        h = i == parts.length - 1 ? part
            : g.all ? MethodHandles.guardWithTest(part, h, FALSE) : MethodHandles.guardWithTest(part, TRUE, h);
      }
      return h;
    }
    if (condition instanceof Not n) {
      return MethodHandles.filterReturnValue(handle(n.part()), NOT);
    }
    MethodHandle own = Objects.requireNonNull(condition.testHandle(),
        () -> "the test handle of condition " + condition.type() + " is null");
    MethodType wanted = TEST.type().dropParameterTypes(0, 1);
    try {
      return own.asType(wanted);  // (Facts)Boolean, say, adapted
    } catch (WrongMethodTypeException e) {
      throw new IllegalStateException("the test handle of condition " + condition.type() + " has type "
          + own.type() + ", which cannot be called as " + wanted, e);
    }
  }

  /** {@code condition.test} called through the {@link Condition} interface, bound to it. */
  static MethodHandle interfaceTest(Condition condition) {
    return TEST.bindTo(condition);
  }

  /** A handle of type {@code (Facts)boolean} answering {@code value}. */
  static MethodHandle always(boolean value) {
    return MethodHandles.dropArguments(MethodHandles.constant(boolean.class, value), 0, Facts.class);
  }

  private static boolean negate(boolean value) {
    return !value;
  }

  /** Holds when every part holds (an empty list holds). */
  public static Condition all(List<Condition> parts) {
    return new Group("all", Objects.requireNonNull(parts, "parts"), true);
  }

  /** Holds when at least one part holds (an empty list fails). */
  public static Condition any(List<Condition> parts) {
    return new Group("any", Objects.requireNonNull(parts, "parts"), false);
  }

  /** Holds when its part fails. */
  public static Condition not(Condition part) {
    return new Not(Objects.requireNonNull(part, "part"));
  }

  /** {@code all} or {@code any}: the parts are also held in an array, tested without an iterator. */
  private static final class Group implements Condition {
    private final String type;
    private final List<Condition> children;
    private final Condition[] parts;
    private final boolean all;

    Group(String type, List<Condition> children, boolean all) {
      this.type = type;
      this.children = List.copyOf(children);
      this.parts = this.children.toArray(Condition[]::new);
      this.all = all;
    }

    @Override
    public String type() {
      return type;
    }

    @Override
    public List<Condition> children() {
      return children;
    }

    @Override
    public boolean test(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].test(facts) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public Explanation explain(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      List<Explanation> explained = new ArrayList<>(parts.length);
      int held = 0;
      for (Condition c : parts) {
        Explanation e = c.explain(facts);
        explained.add(e);
        held += e.held() ? 1 : 0;
      }
      boolean verdict = all ? held == parts.length : held > 0;
      return new Explanation(type + " of " + parts.length, verdict, held + " of " + parts.length + " held", explained);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Group g && g.type.equals(type) && g.children.equals(children);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, children);
    }

    @Override
    public String toString() {
      return "Group[type=" + type + ", children=" + children + "]";
    }
  }

  private record Not(Condition part) implements Condition {
    @Override
    public String type() {
      return "not";
    }

    @Override
    public boolean test(Facts facts) {
      return !part.test(facts);
    }

    @Override
    public Explanation explain(Facts facts) {
      Explanation inner = part.explain(facts);
      return new Explanation("not", !inner.held(), "", List.of(inner));
    }

    @Override
    public List<Condition> children() {
      return List.of(part);
    }
  }
}
