package dev.pledge.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import dev.pledge.rule.ActionType;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.MetricType;
import dev.pledge.rule.RuleModule;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema definitions of the rule language: {@code condition} is one of the combinators
 * ({@code all}, {@code any}, {@code not}) or of the condition types the rule modules register,
 * each its parameter record with a {@code type} constant; {@code metric} is one of the registered
 * metric types, written with its name as a key ({@code {"sum": "xp"}}) or with a {@code type};
 * each registered action type adds a key to a step's {@code then} ({@code Actions}), its value
 * the type's parameter record ({@code action-<name>}).
 */
final class RuleSchemas {
  static final String CONDITION_REF = "#/$defs/condition";
  static final String METRIC_REF = "#/$defs/metric";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SchemaGenerator generator;
  private final List<RuleModule> modules;

  RuleSchemas(SchemaGenerator generator, List<RuleModule> modules) {
    this.generator = generator;
    this.modules = modules;
  }

  /** Adds {@code condition}, {@code metric}, {@code where} and one definition per type to {@code defs}. */
  void addTo(ObjectNode defs) {
    Map<String, ObjectNode> conditions = new TreeMap<>();
    conditions.put("all", group("all", "every one of the conditions in \"of\" holds"));
    conditions.put("any", group("any", "at least one of the conditions in \"of\" holds"));
    ObjectNode not = typed("not", "the condition in \"of\" does not hold");
    ((ObjectNode) not.get("properties")).putObject("of").put("$ref", CONDITION_REF);
    ((ArrayNode) not.get("required")).add("of");
    conditions.put("not", not);
    Map<String, ObjectNode> metrics = new TreeMap<>();
    for (RuleModule module : modules) {
      for (ConditionType<?> type : module.conditionTypes()) {
        conditions.put(type.name(), condition(type, module, defs));
      }
      for (MetricType<?> type : module.metricTypes()) {
        metrics.put(type.name(), metric(type, module, defs));
      }
      for (ActionType<?> type : module.actionTypes()) {
        action(type, module, defs);
      }
    }
    defs.set("condition", union("a condition of the rule language: an object whose \"type\" is one of the registered "
        + "condition types", "condition-", conditions, defs, true));
    defs.set("metric", union("a tier metric: one of the registered metric types, written with its name as a key "
        + "({\"sum\": \"xp\"}) or with a \"type\"; \"where\" filters the activities it counts", "metric-", metrics, defs, false));
    defs.set("where", where());
  }

  private ObjectNode union(String description, String prefix, Map<String, ObjectNode> members, ObjectNode defs,
      boolean typeRequired) {
    ObjectNode union = JSON.objectNode().put("description", description).put("type", "object");
    ArrayNode names = JSON.arrayNode();
    members.keySet().forEach(names::add);
    union.putObject("properties").putObject("type").set("enum", names);
    if (typeRequired) {
      union.putArray("required").add("type");
    }
    ArrayNode oneOf = union.putArray("oneOf");
    members.forEach((name, schema) -> {
      defs.set(prefix + name, schema);
      oneOf.addObject().put("$ref", "#/$defs/" + prefix + name);
    });
    return union;
  }

  private static ObjectNode group(String name, String description) {
    ObjectNode schema = typed(name, description);
    ObjectNode of = ((ObjectNode) schema.get("properties")).putObject("of").put("type", "array").put("minItems", 1);
    of.putObject("items").put("$ref", CONDITION_REF);
    ((ArrayNode) schema.get("required")).add("of");
    return schema;
  }

  private static ObjectNode typed(String name, String description) {
    ObjectNode schema = JSON.objectNode().put("description", description).put("type", "object");
    schema.putObject("properties").putObject("type").put("const", name);
    schema.putArray("required").add("type");
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode condition(ConditionType<?> type, RuleModule module, ObjectNode defs) {
    ObjectNode schema = parameters(type.parameters(), defs);
    ObjectNode properties = properties(schema);
    ObjectNode withType = JSON.objectNode();
    withType.putObject("type").put("const", type.name());
    withType.setAll(properties);
    schema.set("properties", withType);
    ArrayNode required = JSON.arrayNode().add("type");
    schema.withArray("required").forEach(required::add);
    schema.set("required", required);
    return described(schema, "condition type \"" + type.name() + "\" from " + module.name());
  }

  private ObjectNode metric(MetricType<?> type, RuleModule module, ObjectNode defs) {
    ObjectNode schema = parameters(type.parameters(), defs);
    ObjectNode properties = properties(schema);
    boolean namedByKey = properties.has(type.name());
    properties.putObject("type").put("const", type.name());
    properties.putObject("where").put("$ref", "#/$defs/where");
    properties.putObject("whileAtLeast").put("type", "string").put("minLength", 1)
        .put("description", "a level of the program: count only activities applied while the customer holds it or a higher one");
    if (!namedByKey) {
      schema.withArray("required").add("type");
    }
    return described(schema, "metric type \"" + type.name() + "\" from " + module.name());
  }

  /** A custom action is one more key of a step's {@code then} ({@code Actions}), its value the parameter record. */
  private void action(ActionType<?> type, RuleModule module, ObjectNode defs) {
    ObjectNode schema = described(parameters(type.parameters(), defs), "action type \"" + type.name() + "\" from "
        + module.name());
    defs.set("action-" + type.name(), schema);
    JsonNode actions = defs.get("Actions");
    if (actions == null || !actions.has("properties")) {
      throw new IllegalStateException("no Actions definition to add action type " + type.name() + " to");
    }
    ((ObjectNode) actions.get("properties")).putObject(type.name()).put("$ref", "#/$defs/action-" + type.name());
  }

  private ObjectNode parameters(Class<?> record, ObjectNode defs) {
    ObjectNode schema = generator.generateSchema(record);
    JsonNode own = schema.remove("$defs");
    if (own != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode existing = defs.get(e.getKey());
        if (existing != null && !existing.equals(e.getValue())) {
          throw new IllegalStateException("two schema definitions are named " + e.getKey());
        }
        defs.set(e.getKey(), e.getValue());
      }
    }
    return schema;
  }

  private static ObjectNode properties(ObjectNode schema) {
    return schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
  }

  private static ObjectNode described(ObjectNode schema, String description) {
    ObjectNode out = JSON.objectNode().put("description", description);
    out.setAll(schema);
    return out;
  }

  private static ObjectNode where() {
    ObjectNode where = JSON.objectNode().put("description", "the activities a metric counts: kind and field "
        + "values, each a non-empty list of accepted values").put("type", "object");
    ObjectNode kind = where.putObject("properties").putObject("kind").put("type", "array").put("minItems", 1);
    kind.putObject("items").put("type", "string");
    ObjectNode values = where.putObject("additionalProperties").put("type", "array").put("minItems", 1);
    values.putObject("items").putArray("type").add("string").add("number").add("boolean");
    return where;
  }

}
