package dev.pledge.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every type the registered modules contribute, by name: what the configuration loader looks
 * condition, metric and action types up in, and what tools (the JSON Schema generator) list. Built
 * once per load; immutable after. Two modules defining the same name is a conflict, reported by
 * {@link #conflicts()}, not resolved by order.
 */
public final class RuleRegistry {
  /** The names core reserves for its combinators. */
  public static final List<String> COMBINATORS = List.of("all", "any", "not");

  private final Map<String, ConditionType<?>> conditions = new LinkedHashMap<>();
  private final Map<String, MetricType<?>> metrics = new LinkedHashMap<>();
  private final Map<String, ActionType<?>> actions = new LinkedHashMap<>();
  private final List<String> conflicts = new ArrayList<>();
  private final List<RuleModule> modules;

  /** Registers the types of {@code modules}, in order, noting every conflict. */
  public RuleRegistry(List<RuleModule> modules) {
    this.modules = List.copyOf(Objects.requireNonNull(modules, "modules"));
    Map<String, String> conditionOwner = new LinkedHashMap<>();
    Map<String, String> metricOwner = new LinkedHashMap<>();
    Map<String, String> actionOwner = new LinkedHashMap<>();
    COMBINATORS.forEach(c -> conditionOwner.put(c, "pledge-core"));
    ActionType.BUILT_IN.forEach(a -> actionOwner.put(a, "pledge-core"));
    for (RuleModule m : modules) {
      for (ConditionType<?> t : m.conditionTypes()) {
        register("condition", t.name(), m.name(), conditionOwner, () -> conditions.put(t.name(), t));
      }
      for (MetricType<?> t : m.metricTypes()) {
        register("metric", t.name(), m.name(), metricOwner, () -> metrics.put(t.name(), t));
      }
      for (ActionType<?> t : m.actionTypes()) {
        register("action", t.name(), m.name(), actionOwner, () -> actions.put(t.name(), t));
      }
    }
  }

  private void register(String kind, String name, String module, Map<String, String> owners, Runnable put) {
    String owner = owners.putIfAbsent(name, module);
    if (owner != null) {
      conflicts.add(kind + " type \"" + name + "\" is defined by both " + owner + " and " + module);
    } else {
      put.run();
    }
  }

  /** The modules, in registration order. */
  public List<RuleModule> modules() {
    return modules;
  }

  /** Conflicts between modules; empty when none. */
  public List<String> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }

  /** The condition type called {@code name}. */
  public Optional<ConditionType<?>> condition(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(conditions.get(name));
  }

  /** The metric type called {@code name}. */
  public Optional<MetricType<?>> metric(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(metrics.get(name));
  }

  /** The action type called {@code name}; empty for a built-in action or an unknown name. */
  public Optional<ActionType<?>> action(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(actions.get(name));
  }

  /** Every action name a step's {@code then} may hold, built-in ones included, sorted. */
  public List<String> actionNames() {
    TreeSet<String> names = new TreeSet<>(actions.keySet());
    names.addAll(ActionType.BUILT_IN);
    return List.copyOf(names);
  }

  /** Every condition type name, combinators included, sorted. */
  public List<String> conditionNames() {
    TreeSet<String> names = new TreeSet<>(conditions.keySet());
    names.addAll(COMBINATORS);
    return List.copyOf(names);
  }

  /** Every metric type name, sorted. */
  public List<String> metricNames() {
    return List.copyOf(new TreeSet<>(metrics.keySet()));
  }
}
