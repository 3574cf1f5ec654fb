package dev.pledge.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The combinators of the rule language: {@code all}, {@code any} and {@code not}. */
public final class Conditions {
  private Conditions() {}

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
