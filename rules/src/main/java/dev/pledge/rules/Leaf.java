package dev.pledge.rules;

import dev.pledge.rule.Condition;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** A leaf condition built from a test and an explanation; the common shape of the standard types. */
final class Leaf implements Condition {
  private final String type;
  private final String description;
  private final Predicate<Facts> test;
  private final Function<Facts, String> detail;

  Leaf(String type, String description, Predicate<Facts> test, Function<Facts, String> detail) {
    this.type = type;
    this.description = description;
    this.test = test;
    this.detail = detail;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public boolean test(Facts facts) {
    return test.test(Objects.requireNonNull(facts, "facts"));
  }

  @Override
  public Explanation explain(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    return Explanation.leaf(description, test.test(facts), detail.apply(facts));
  }

  @Override
  public String toString() {
    return description;
  }

  /** {@code [a, b]} for messages. */
  static String list(Collection<String> values) {
    return "[" + String.join(", ", values) + "]";
  }
}
