package dev.pledge.rule;

import java.util.List;
import java.util.Objects;

/**
 * Why a condition held or failed: the condition, the verdict, the values it compared and the
 * explanations of its parts. Answers "why am I in this tier" and "why was this policy chosen".
 *
 * @param condition a short description of the condition ({@code tier-at-least status gold})
 * @param held whether the condition held
 * @param detail the values compared ({@code level is silver, below gold}); empty for combinators
 * @param children the explanations of the parts of a combinator, in order
 */
public record Explanation(String condition, boolean held, String detail, List<Explanation> children) {

  /** Checks and copies the components. */
  public Explanation {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(detail, "detail");
    children = List.copyOf(Objects.requireNonNull(children, "children"));
  }

  /** A leaf explanation. */
  public static Explanation leaf(String condition, boolean held, String detail) {
    return new Explanation(condition, held, detail, List.of());
  }

  /** Renders as an indented tree, one condition a line, {@code [x]} for held, {@code [ ]} for failed. */
  public String render() {
    StringBuilder out = new StringBuilder();
    render(out, 0);
    return out.toString();
  }

  private void render(StringBuilder out, int depth) {
    out.append("  ".repeat(depth)).append(held ? "[x] " : "[ ] ").append(condition);
    if (!detail.isEmpty()) {
      out.append(": ").append(detail);
    }
    for (Explanation child : children) {
      out.append('\n');
      child.render(out, depth + 1);
    }
  }

  @Override
  public String toString() {
    return render();
  }
}
