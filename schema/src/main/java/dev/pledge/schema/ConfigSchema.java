package dev.pledge.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.pledge.config.internal.CalendarConfig;
import dev.pledge.config.internal.DocumentConfig;
import dev.pledge.config.internal.EscalationConfig;
import dev.pledge.config.internal.MeasuresConfig;
import dev.pledge.config.internal.ProgramConfig;
import dev.pledge.config.internal.RuleSetConfig;
import dev.pledge.config.internal.ServicePolicyConfig;
import dev.pledge.config.internal.TargetConfig;
import dev.pledge.calendar.Weekday;
import dev.pledge.rule.RuleModule;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import dev.pledge.tier.Downgrade;
import dev.pledge.tier.Validity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Generates the JSON Schema (draft 2020-12) of a Pledge configuration from the records the loader
 * binds it to, with victools' generator: Jackson names, Jakarta Validation constraints as
 * {@code required}, {@code minLength}, {@code pattern} and bounds, unknown properties forbidden.
 * The tree-valued parts are filled in from the rule modules: every condition ({@code when},
 * {@code qualify}, {@code lifetime}) is one of the registered condition types, every tier metric
 * one of the registered metric types (see {@link RuleSchemas}).
 */
public final class ConfigSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** One instance, so that the object form can be asked of the generator without this provider. */
  private static final CustomDefinitionProviderV2 STRING_OR_OBJECT = ConfigSchema::stringOrObject;

  private final List<RuleModule> modules;

  private ConfigSchema(List<RuleModule> modules) {
    this.modules = List.copyOf(modules);
  }

  /** The schema for the rule modules found by {@link ServiceLoader} on the class path. */
  public static ConfigSchema discovered() {
    return of(ServiceLoader.load(RuleModule.class, ConfigSchema.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList());
  }

  /** The schema for the given rule modules. */
  public static ConfigSchema of(List<RuleModule> modules) {
    return new ConfigSchema(modules);
  }

  /** The schema as a tree. */
  public ObjectNode generate() {
    SchemaGenerator generator = generator();
    ObjectNode root = generator.generateSchema(DocumentConfig.class);
    ObjectNode schema = MAPPER.createObjectNode();
    schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
    schema.put("title", "Pledge configuration");
    schema.put("description", "A Pledge document: calendars, tier programs, service policies, escalation "
        + "and rule sets. Generated from the configuration records; do not edit by hand.");
    root.remove("$schema");
    schema.setAll(root);
    ObjectNode defs = schema.has("$defs") ? (ObjectNode) schema.get("$defs") : schema.putObject("$defs");
    new RuleSchemas(generator, modules).addTo(defs);
    return schema;
  }

  /** The schema as pretty-printed JSON text, ending with a newline. */
  public String text() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot print the schema", e);
    }
  }

  static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
        .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_ENUMS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    b.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> scalar(type));
    b.forTypesInGeneral().withCustomDefinitionProvider(STRING_OR_OBJECT);
    b.forFields().withTargetTypeOverridesResolver(ConfigSchema::sections);
    b.forFields().withCustomDefinitionProvider((field, context) -> tree(field));
    b.forFields().withInstanceAttributeOverride((node, field, context) -> enumKeys(node, field));
    b.forFields().withInstanceAttributeOverride((node, field, context) -> anchor(node));
    DefaultSchemaDefinitionNamingStrategy names = new DefaultSchemaDefinitionNamingStrategy();
    // Definitions are named after their types; a domain enum nested in its type keeps the name
    // the schema has always given it (Downgrade.Mode is "DowngradeMode", beside RuleSet's "Mode").
    b.forTypesInGeneral().withDefinitionNamingStrategy((key, context) ->
        key.getType().getErasedType() == Downgrade.Mode.class ? "DowngradeMode"
            : key.getType().getErasedType() == TargetConfig.class ? "Target"
            : isMetricMap(key.getType()) ? "Targets"
            : names.getDefinitionNameForKey(key, context).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
    return new SchemaGenerator(b.build());
  }

  /** The document's sections stay trees in {@link DocumentConfig}; the schema describes their records. */
  private static List<ResolvedType> sections(FieldScope field) {
    if (field.getDeclaringType().getErasedType() != DocumentConfig.class || field.isFakeContainerItemScope()) {
      return null;
    }
    var types = field.getContext();
    return switch (field.getName()) {
      case "calendars" -> List.of(types.resolve(Map.class, String.class, CalendarConfig.class));
      case "programs" -> List.of(types.resolve(Map.class, String.class, ProgramConfig.class));
      case "servicePolicies" -> List.of(types.resolve(List.class, ServicePolicyConfig.class));
      case "escalation" -> List.of(types.resolve(EscalationConfig.class));
      case "ruleSets" -> List.of(types.resolve(Map.class, String.class, RuleSetConfig.class));
      case "measures" -> List.of(types.resolve(MeasuresConfig.class));
      default -> null;
    };
  }

  private static CustomDefinition scalar(ResolvedType type) {
    Class<?> c = type.getErasedType();
    ObjectNode node = MAPPER.createObjectNode();
    if (c == ZoneId.class) {
      node.put("type", "string").put("description", "a time-zone ID such as Europe/Warsaw");
    } else if (c == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (c == Duration.class) {
      node.put("type", "string").put("format", "duration").put("pattern", "^P");
    } else if (c == Period.class) {
      node.put("type", "string").put("description", "an ISO-8601 period such as P2Y")
          .put("pattern", "^-?P(-?[0-9]+[YMWD])+$");
    } else if (c == BigDecimal.class) {
      node.put("type", "number");
    } else if (c == TargetConfig.class) {
      return new CustomDefinition(target(), CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
  }

  /**
   * A policy's target: a duration, or an object with the duration and the statuses that pause it
   * (read by a hand-written deserializer, so described by hand).
   */
  private static ObjectNode target() {
    ObjectNode duration = MAPPER.createObjectNode().put("type", "string").put("format", "duration").put("pattern", "^P");
    ObjectNode node = MAPPER.createObjectNode();
    node.put("description", "working time within which the metric must be met, alone or with the statuses that "
        + "pause its clock (pauseOn; the metric's default if missing, [] never)");
    ArrayNode forms = node.putArray("anyOf");
    forms.add(duration.deepCopy());
    ObjectNode object = forms.addObject().put("type", "object");
    ObjectNode properties = object.putObject("properties");
    properties.set("within", duration);
    ObjectNode pauseOn = properties.putObject("pauseOn").put("type", "array").put("uniqueItems", true);
    ArrayNode statuses = pauseOn.putObject("items").put("type", "string").putArray("enum");
    for (CaseStatus status : CaseStatus.values()) {
      if (status.pausable()) {
        statuses.add(status.wireName());
      }
    }
    object.putArray("required").add("within");
    object.put("additionalProperties", false);
    return node;
  }

  /**
   * A record that also binds from a string (its creator from a string): the string form or the
   * object. A program's {@code validity} is {@code "next-period"} or {@code {"type": "next-period",
   * "grace": "P1M"}}.
   */
  private static CustomDefinition stringOrObject(ResolvedType type, SchemaGenerationContext context) {
    if (type.getErasedType() != ProgramConfig.ValidityRule.class) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode anyOf = node.putArray("anyOf");
    ArrayNode names = anyOf.addObject().put("type", "string").putArray("enum");
    for (Validity v : Validity.values()) {
      names.add(v.wireName());
    }
    anyOf.add(context.createStandardDefinition(type, STRING_OR_OBJECT));
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
  }

  /** Tree-valued fields: conditions, tier metrics and free payloads. */
  private static CustomPropertyDefinition tree(FieldScope field) {
    Class<?> declaring = field.getDeclaringType().getErasedType();
    if (declaring == CalendarConfig.class && !field.isFakeContainerItemScope()
        && (field.getName().equals("week") || field.getName().equals("dates"))) {
      return hours(field.getName());
    }
    if (declaring == DocumentConfig.class || !JsonNode.class.isAssignableFrom(contentType(field))) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    switch (field.getName()) {
      case "when", "qualify", "lifetime", "retain" -> node.put("$ref", RuleSchemas.CONDITION_REF);
      case "max" -> {
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "number").put("minimum", 0).put("description", "the cap for every level");
        ObjectNode byLevel = anyOf.addObject().put("type", "object")
            .put("description", "level id to the cap when that level is reached; a level not listed carries nothing");
        byLevel.putObject("additionalProperties").put("type", "number").put("minimum", 0);
      }
      case "qualifyFrom", "retainFrom" -> {
        node.put("type", "object").put("description", "date (the first day of the periods it applies to) to condition");
        node.putObject("propertyNames").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        node.putObject("additionalProperties").put("$ref", RuleSchemas.CONDITION_REF);
      }
      case "metrics" -> node.put("type", "object").put("description", "metric name to metric")
          .putObject("additionalProperties").put("$ref", RuleSchemas.METRIC_REF);
      case "then" -> node.put("description", "the rule's payload, returned to the caller as it is");
      case "activity" -> node.put("type", "object").put("description", "the activity credited (kind and free fields)")
          .putObject("properties").putObject("kind").put("type", "string");
      default -> throw new IllegalStateException("no schema for the tree-valued field " + declaring.getSimpleName()
          + "." + field.getName() + "; describe it in ConfigSchema");
    }
    return new CustomPropertyDefinition(node, CustomDefinition.AttributeInclusion.NO);
  }

  /** Working hours per weekday or per date: the hours' pattern sits in a type argument, out of the generator's sight. */
  private static CustomPropertyDefinition hours(String name) {
    ObjectNode node = MAPPER.createObjectNode().put("type", "object");
    ObjectNode keys = node.putObject("propertyNames");
    if (name.equals("week")) {
      ArrayNode days = keys.putArray("enum");
      for (Weekday day : Weekday.values()) {
        days.add(day.wireName());
      }
    } else {
      keys.put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }
    ObjectNode ranges = node.putObject("additionalProperties").put("type", "array");
    ranges.putObject("items").put("type", "string").put("pattern", "^(?:" + CalendarConfig.HOURS + ")$")
        .put("description", "working hours as HH:MM-HH:MM (24:00 allowed as an end)");
    return new CustomPropertyDefinition(node, CustomDefinition.AttributeInclusion.NO);
  }

  private static Class<?> contentType(FieldScope field) {
    ResolvedType type = field.getType();
    if (Map.class.isAssignableFrom(type.getErasedType()) && type.getTypeParameters().size() == 2) {
      return type.getTypeParameters().get(1).getErasedType();
    }
    return type.getErasedType();
  }

  /** Jakarta's {@code @Pattern} matches the whole value; a JSON Schema pattern matches anywhere. */
  private static void anchor(ObjectNode node) {
    JsonNode pattern = node.get("pattern");
    if (pattern != null && pattern.isTextual() && !pattern.textValue().startsWith("^")) {
      node.put("pattern", "^(?:" + pattern.textValue() + ")$");
    }
  }

  /** A policy's targets: promise metrics, by JSON name, to durations. */
  private static boolean isMetricMap(ResolvedType type) {
    return Map.class.isAssignableFrom(type.getErasedType()) && type.getTypeParameters().size() == 2
        && type.getTypeParameters().get(0).getErasedType() == Metric.class;
  }

  /** A map keyed by an enum, or by promise metrics, only accepts their JSON names as keys. */
  private static void enumKeys(ObjectNode node, FieldScope field) {
    ResolvedType type = field.getType();
    if (type == null || !Map.class.isAssignableFrom(type.getErasedType()) || type.getTypeParameters().size() != 2) {
      return;
    }
    Class<?> key = type.getTypeParameters().get(0).getErasedType();
    if (key == Metric.class) {
      ArrayNode names = node.putObject("propertyNames").putArray("enum");
      for (Metric metric : Metric.values()) {
        names.add(metric.wireName());
      }
      return;
    }
    if (!key.isEnum()) {
      return;
    }
    ArrayNode names = node.putObject("propertyNames").putArray("enum");
    for (Object constant : key.getEnumConstants()) {
      names.add(MAPPER.convertValue(constant, String.class));
    }
  }
}
