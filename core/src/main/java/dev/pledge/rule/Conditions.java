package dev.pledge.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The combinators of the rule language: {@code all}, {@code any} and {@code not}. */
public final class Conditions {
  private Conditions() {}

  /** Holds when every part holds (an empty list holds). */
  public static Condition all(List<Condition> parts) {
    return new Group("all", List.copyOf(Objects.requireNonNull(parts, "parts")), true);
  }

  /** Holds when at least one part holds (an empty list fails). */
  public static Condition any(List<Condition> parts) {
    return new Group("any", List.copyOf(Objects.requireNonNull(parts, "parts")), false);
  }

  /** Holds when its part fails. */
  public static Condition not(Condition part) {
    return new Not(Objects.requireNonNull(part, "part"));
  }

  private record Group(String type, List<Condition> children, boolean all) implements Condition {
    @Override
    public boolean test(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      for (Condition c : children) {
        if (c.test(facts) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    public Explanation explain(Facts facts) {
      Objects.requireNonNull(facts, "facts");
      List<Explanation> parts = new ArrayList<>(children.size());
      int held = 0;
      for (Condition c : children) {
        Explanation e = c.explain(facts);
        parts.add(e);
        held += e.held() ? 1 : 0;
      }
      boolean verdict = all ? held == children.size() : held > 0;
      return new Explanation(type + " of " + children.size(), verdict,
          held + " of " + children.size() + " held", parts);
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
