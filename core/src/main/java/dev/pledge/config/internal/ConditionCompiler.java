package dev.pledge.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.rule.Condition;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.RuleContext;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.rule.Conditions;
import dev.pledge.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a condition's JSON into a {@link Condition}: combinators here, every other type through
 * the registry, its parameters bound to the type's record and validated. Problems are reported
 * at the pointer of the offending value and compiling goes on with the rest.
 */
public final class ConditionCompiler {
  private final RuleRegistry registry;
  private final Binder binder;

  /** A compiler over {@code registry}, reporting through {@code binder}. */
  public ConditionCompiler(RuleRegistry registry, Binder binder) {
    this.registry = registry;
    this.binder = binder;
  }

  /**
   * Compiles the condition at {@code pointer}.
   *
   * @return the condition, or empty when a problem was recorded (possibly in a part)
   */
  public Optional<Condition> compile(JsonNode node, String pointer, RuleContext context) {
    Problems problems = binder.problems();
    if (node == null || !node.isObject()) {
      problems.add(pointer, "must be a condition: an object with a \"type\", but was "
          + Expectations.found(node));
      return Optional.empty();
    }
    JsonNode typeNode = node.get("type");
    if (typeNode == null || !typeNode.isTextual()) {
      problems.add(typeNode == null ? pointer : pointer + "/type", (typeNode == null
          ? "a condition needs a \"type\"" : "\"type\" must be a string, but was " + Expectations.found(typeNode))
          + "; known types: " + String.join(", ", registry.conditionNames()));
      return Optional.empty();
    }
    String type = typeNode.textValue();
    switch (type) {
      case "all":
      case "any":
        return group(type, (ObjectNode) node, pointer, context);
      case "not":
        return negation((ObjectNode) node, pointer, context);
      default:
        Optional<ConditionType<?>> found = registry.condition(type);
        if (found.isEmpty()) {
          problems.add(pointer + "/type", "unknown condition type " + Expectations.quote(type)
              + "; known types: " + String.join(", ", registry.conditionNames())
              + ". If a module defines it, that module may be missing from the class path");
          return Optional.empty();
        }
        return create(found.get(), (ObjectNode) node, pointer, context);
    }
  }

  private Optional<Condition> group(String type, ObjectNode node, String pointer, RuleContext context) {
    if (!onlyKeys(node, pointer, "type", "of")) {
      return Optional.empty();
    }
    JsonNode of = node.get("of");
    if (of == null || !of.isArray() || of.isEmpty()) {
      binder.problems().add(of == null ? pointer : pointer + "/of",
          "\"" + type + "\" needs \"of\": a non-empty array of conditions, but was " + Expectations.found(of));
      return Optional.empty();
    }
    List<Condition> parts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < of.size(); i++) {
      Optional<Condition> part = compile(of.get(i), pointer + "/of/" + i, context);
      ok &= part.isPresent();
      part.ifPresent(parts::add);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(type.equals("all") ? Conditions.all(parts) : Conditions.any(parts));
  }

  private Optional<Condition> negation(ObjectNode node, String pointer, RuleContext context) {
    if (!onlyKeys(node, pointer, "type", "of")) {
      return Optional.empty();
    }
    JsonNode of = node.get("of");
    if (of == null || !of.isObject()) {
      binder.problems().add(of == null ? pointer : pointer + "/of",
          "\"not\" needs \"of\": one condition object, but was " + Expectations.found(of));
      return Optional.empty();
    }
    return compile(of, pointer + "/of", context).map(Conditions::not);
  }

  private boolean onlyKeys(ObjectNode node, String pointer, String... allowed) {
    boolean ok = true;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!List.of(allowed).contains(key)) {
        binder.problems().add(pointer + "/" + SourceDocument.escape(key), "unknown property "
            + Expectations.quote(key) + "; expected one of: " + String.join(", ", allowed));
        ok = false;
      }
    }
    return ok;
  }

  private <P> Optional<Condition> create(ConditionType<P> type, ObjectNode node, String pointer,
      RuleContext context) {
    ObjectNode params = node.deepCopy();
    params.remove("type");
    Optional<P> bound = binder.bind(params, pointer, type.parameters());
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.create(bound.get(), context));
    } catch (RuleDefinitionException e) {
      binder.problems().add(e.parameter().isEmpty() ? pointer : pointer + "/" + e.parameter(), e.getMessage());
      return Optional.empty();
    }
  }
}
