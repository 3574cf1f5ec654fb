package dev.pledge.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pledge.Pledge;
import dev.pledge.rule.ActionType;
import dev.pledge.rule.RuleModule;
import dev.pledge.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated schema accepts every example configuration and rejects broken ones. */
class ConfigSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ConfigSchema.discovered().generate());

  /** A small valid document every invalid case is made from. */
  private static final String BASE = """
      {"pledge": 1, "zone": "Europe/Warsaw",
       "calendars": {"hours": {"week": {"mon": ["08:00-18:00"]}, "holidays": ["2026-12-25"]}},
       "programs": {"status": {"metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
         "period": {"type": "calendar-year"},
         "levels": [{"id": "base"}, {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}}]}},
       "servicePolicies": [{"id": "gold", "calendar": "hours", "objective": 0.9, "targets": {"first-response": "PT1H"},
         "when": {"type": "all", "of": [{"type": "tier-at-least", "program": "status", "level": "gold"}]}}],
       "escalation": {"steps": [{"id": "late", "when": {"type": "breached", "metric": "first-response"},
         "then": {"notify": ["lead"]}}]},
       "ruleSets": {"routing": {"mode": "first", "rules": [{"id": "all", "then": {"queue": "general"}}]}}}
      """;

  static Stream<Path> exampleConfigs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/programs"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exampleConfigs")
  void everyExampleConfigValidates(Path config) throws IOException {
    Pledge.load(config);
    assertThat(SCHEMA.validate(MAPPER.readTree(config.toFile()))).as("schema errors of %s", config).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exampleConfigs")
  void theBaseOfTheInvalidCasesIsValid(Path ignored) throws IOException {
    Pledge.load(ignored);
    Pledge.builder().loadJson(BASE);
    assertThat(SCHEMA.validate(MAPPER.readTree(BASE))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void targetObjectsAndTimeLeftWarningsValidate() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(BASE);
    ((ObjectNode) doc.at("/servicePolicies/0")).set("targets", MAPPER.readTree(
        "{\"first-response\": {\"within\": \"PT1H\", \"pauseOn\": [\"pending\"]},"
            + " \"resolution\": {\"within\": \"P2D\", \"pauseOn\": []}, \"agent-work\": {\"within\": \"P1D\"},"
            + " \"next-response\": \"PT2H\"}"));
    ((ObjectNode) doc.at("/escalation/steps/0")).set("when", MAPPER.readTree(
        "{\"type\": \"remaining\", \"metric\": \"resolution\", \"atMost\": \"PT30M\"}"));
    Pledge.builder().loadJson(MAPPER.writeValueAsString(doc));
    assertThat(SCHEMA.validate(doc)).isEmpty();
  }

  static Stream<Arguments> brokenConfigs() {
    return Stream.of(
        Arguments.of("no format version", "", "pledge", null),
        Arguments.of("another format version", "", "pledge", "2"),
        Arguments.of("an unknown top-level property", "", "colour", "\"red\""),
        Arguments.of("an unknown condition type", "/servicePolicies/0", "when", "{\"type\": \"vip\"}"),
        Arguments.of("a condition missing a parameter", "/servicePolicies/0", "when",
            "{\"type\": \"tier-at-least\", \"program\": \"status\"}"),
        Arguments.of("a condition with an unknown parameter", "/servicePolicies/0", "when",
            "{\"type\": \"channel\", \"in\": [\"email\"], \"colour\": \"red\"}"),
        Arguments.of("an empty combinator", "/servicePolicies/0", "when", "{\"type\": \"any\", \"of\": []}"),
        Arguments.of("a bad nested condition", "/programs/status/levels/1", "qualify",
            "{\"type\": \"not\", \"of\": {\"type\": \"metric\", \"metric\": \"xp\", \"atLeast\": \"lots\"}}"),
        Arguments.of("a metric of two types", "/programs/status/metrics", "xp", "{\"sum\": \"xp\", \"count\": true}"),
        Arguments.of("an unknown metric type", "/programs/status/metrics", "xp", "{\"type\": \"avg\", \"avg\": \"xp\"}"),
        Arguments.of("an empty where list", "/programs/status/metrics", "xp", "{\"sum\": \"xp\", \"where\": {\"kind\": []}}"),
        Arguments.of("an unknown promised metric", "/servicePolicies/0", "targets", "{\"speed\": \"PT1H\"}"),
        Arguments.of("a target pausing on open", "/servicePolicies/0", "targets",
            "{\"first-response\": {\"within\": \"PT1H\", \"pauseOn\": [\"open\"]}}"),
        Arguments.of("a target pausing on an unknown status", "/servicePolicies/0", "targets",
            "{\"first-response\": {\"within\": \"PT1H\", \"pauseOn\": [\"waiting\"]}}"),
        Arguments.of("a target object without within", "/servicePolicies/0", "targets",
            "{\"first-response\": {\"pauseOn\": []}}"),
        Arguments.of("a target within that is not a duration", "/servicePolicies/0", "targets",
            "{\"first-response\": {\"within\": \"1 hour\"}}"),
        Arguments.of("a remaining condition without atMost", "/escalation/steps/0", "when",
            "{\"type\": \"remaining\", \"metric\": \"resolution\"}"),
        Arguments.of("an objective above 1", "/servicePolicies/0", "objective", "1.5"),
        Arguments.of("a policy without a calendar", "/servicePolicies/0", "calendar", null),
        Arguments.of("an unknown weekday", "/calendars/hours", "week", "{\"monday\": [\"08:00-18:00\"]}"),
        Arguments.of("malformed working hours", "/calendars/hours", "week", "{\"mon\": [\"8-18\"]}"),
        Arguments.of("an unknown period type", "/programs/status", "period", "{\"type\": \"weekly\"}"),
        Arguments.of("a program without levels", "/programs/status", "levels", "[]"),
        Arguments.of("an unknown rule set mode", "/ruleSets/routing", "mode", "\"sometimes\""),
        Arguments.of("a support line above 3", "/escalation", "lines", "[{\"level\": 4, \"name\": \"board\"}]"),
        Arguments.of("a step without a condition", "/escalation/steps/0", "when", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenConfigs")
  void brokenConfigsFailTheSchema(String what, String parent, String field, String json) throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(BASE);
    JsonNode at = doc.at(parent);
    if (json == null) {
      ((ObjectNode) at).remove(field);
    } else {
      ((ObjectNode) at).set(field, MAPPER.readTree(json));
    }
    Set<ValidationMessage> errors = SCHEMA.validate(doc);

    assertThat(errors).as("%s should fail the schema: %s", what, doc).isNotEmpty();
  }

  /** The parameters of the action type {@code open-ticket} of {@link #TICKETS}. */
  record OpenTicket(@jakarta.validation.constraints.NotBlank String queue) {}

  private static final RuleModule TICKETS = new RuleModule() {
    @Override
    public String name() {
      return "tickets";
    }

    @Override
    public List<ActionType<?>> actionTypes() {
      return List.of(ActionType.of("open-ticket", OpenTicket.class, (p, ctx) -> p));
    }
  };

  @org.junit.jupiter.api.Test
  void actionTypesOfAModuleAreKeysOfAStepsThen() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ConfigSchema.of(List.of(new StandardRules(), TICKETS)).generate());
    ObjectNode doc = (ObjectNode) MAPPER.readTree(BASE);
    ObjectNode then = (ObjectNode) doc.at("/escalation/steps/0/then");

    then.set("open-ticket", MAPPER.readTree("{\"queue\": \"billing\"}"));
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(SCHEMA.validate(doc)).as("without the module the key is unknown").isNotEmpty();
    then.set("open-ticket", MAPPER.readTree("{\"queue\": \"\"}"));
    assertThat(schema.validate(doc)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("exampleConfigs")
  void everyConditionTypeIsListedOnce(Path ignored) {
    ArrayNode names = (ArrayNode) ConfigSchema.discovered().generate().at("/$defs/condition/properties/type/enum");
    List<String> list = MAPPER.convertValue(names, MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(list).doesNotHaveDuplicates().isSorted();
  }
}
