package dev.pledge.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.RuleResult;
import java.util.List;

/** Explanations as JSON trees, for commands that print them. */
public final class ExplanationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExplanationJson() {}

  /** One {@code {"rule", "held", "tree"}} object per rule tried, in order. */
  public static ArrayNode ofTrace(List<RuleResult.Trace> trace) {
    ArrayNode out = NODES.arrayNode();
    for (RuleResult.Trace t : trace) {
      ObjectNode entry = out.addObject();
      entry.put("rule", t.id());
      entry.put("held", t.explanation().held());
      entry.set("tree", of(t.explanation()));
    }
    return out;
  }

  /** {@code {"condition", "held", "detail", "children": [...]}}, recursively. */
  static ObjectNode of(Explanation explanation) {
    ObjectNode node = NODES.objectNode();
    node.put("condition", explanation.condition());
    node.put("held", explanation.held());
    node.put("detail", explanation.detail());
    ArrayNode children = node.putArray("children");
    explanation.children().forEach(child -> children.add(of(child)));
    return node;
  }
}
