package dev.pledge.tier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition of a level's {@code qualify}, as progress: a metric threshold with its value and
 * what remains, or a combinator ({@code any}, {@code all}, {@code not}) with its alternatives, or
 * another condition with only its verdict.
 *
 * @param type the condition's type ({@code metric}, {@code any}, {@code all}, ...)
 * @param met whether it holds now
 * @param metric for a metric threshold, its progress; empty otherwise
 * @param of the parts of a combinator, in order; empty for a leaf
 */
public record Requirement(String type, boolean met, Optional<MetricProgress> metric, List<Requirement> of) {

  /** Checks and copies the components. */
  public Requirement {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(of, "of");
    of = List.copyOf(of);
  }

  /** Every metric threshold in this tree, depth first. */
  public List<MetricProgress> metrics() {
    List<MetricProgress> out = new java.util.ArrayList<>();
    collect(out);
    return List.copyOf(out);
  }

  private void collect(List<MetricProgress> out) {
    metric.ifPresent(out::add);
    for (Requirement r : of) {
      r.collect(out);
    }
  }

  /**
   * The requirement as people read it: a metric threshold as {@link MetricProgress#toString()}
   * does ({@code "xp 190 of 300, 110 to go"}), alternatives joined with {@code or}, parts with
   * {@code and}, a nested combinator in parentheses, {@code not (...)}, and any other condition
   * by its type and verdict ({@code "tier-at-least met"}).
   */
  @Override
  public String toString() {
    if (metric.isPresent()) {
      return metric.get().toString();
    }
    if (of.isEmpty()) {
      return type + (met ? " met" : " not met");
    }
    if (type.equals("not")) {
      return "not (" + of.get(0) + ")";
    }
    String joiner = type.equals("any") ? " or " : " and ";
    StringBuilder text = new StringBuilder();
    for (Requirement part : of) {
      text.append(text.length() == 0 ? "" : joiner);
      text.append(part.of.isEmpty() || part.type.equals("not") ? part.toString() : "(" + part + ")");
    }
    return text.toString();
  }
}
