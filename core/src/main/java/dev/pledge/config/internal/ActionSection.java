package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.escalation.CustomAction;
import dev.pledge.escalation.StepActions;
import dev.pledge.rule.ActionType;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom actions of the escalation steps: every key of a step's {@code then} that is not a
 * built-in action names a registered {@link ActionType}, whose parameter record its value binds
 * to; any other key is reported with the known action names. The keys are taken out of a copy
 * of the section, so the section's own record binds only the built-in actions.
 */
final class ActionSection {
  private final RuleRegistry registry;
  private final Binder binder;

  /**
   * The section without its custom actions, and the custom actions of each step by index.
   *
   * @param section the escalation section with only built-in actions left in each {@code then}
   * @param byStep the custom actions compiled, by step index; a step absent here has none
   */
  record Split(JsonNode section, Map<Integer, List<CustomAction>> byStep) {}

  ActionSection(RuleRegistry registry, Binder binder) {
    this.registry = registry;
    this.binder = binder;
  }

  /** Splits {@code node} (the escalation section at {@code at}); problems go to the binder's collector. */
  Split split(JsonNode node, String at, RuleContext context) {
    Map<Integer, List<CustomAction>> byStep = new HashMap<>();
    if (!node.isObject() || !node.path("steps").isArray()) {
      return new Split(node, byStep); // the section's binding reports the shape
    }
    ObjectNode copy = node.deepCopy();
    JsonNode steps = copy.get("steps");
    for (int i = 0; i < steps.size(); i++) {
      JsonNode then = steps.get(i).path("then");
      if (!then.isObject()) {
        continue;
      }
      String tat = at + "/steps/" + i + "/then";
      List<CustomAction> custom = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = then.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = field.getKey();
        if (StepActions.BUILT_IN.contains(key)) {
          continue;
        }
        it.remove();
        String kat = tat + "/" + SourceDocument.escape(key);
        Optional<ActionType<?>> type = registry.action(key);
        if (type.isEmpty()) {
          binder.problems().add(kat, "unknown action " + Expectations.quote(key) + "; known actions: "
              + String.join(", ", registry.actionNames())
              + ". If a module defines it, that module may be missing from the class path");
        } else {
          create(type.get(), field.getValue(), kat, context).ifPresent(v -> custom.add(new CustomAction(key, v)));
        }
      }
      if (!custom.isEmpty()) {
        byStep.put(i, List.copyOf(custom));
      }
    }
    return new Split(copy, byStep);
  }

  private <P> Optional<Object> create(ActionType<P> type, JsonNode value, String at, RuleContext context) {
    Optional<P> bound = binder.bind(value, at, type.parameters());
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.create(bound.get(), context));
    } catch (RuleDefinitionException e) {
      binder.problems().add(e.parameter().isEmpty() ? at : at + "/" + e.parameter(), e.getMessage());
      return Optional.empty();
    }
  }
}
