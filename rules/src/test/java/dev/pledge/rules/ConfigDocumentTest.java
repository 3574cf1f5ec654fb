package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import dev.pledge.rule.ConditionType;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of the document as a whole: syntax, duplicates, limits, modules, collection. */
class ConfigDocumentTest {

  @Test
  void aWrongTypeIsPlacedOnItsLineAndColumn() {
    String json = """
        {"pledge": 1, "zone": "Europe/Paris",
         "programs": {"status": {
           "metrics": {"xp": {"sum": "xp"}},
           "period": {"type": "calendar-year"},
           "levels": [{"id": "base"},
                      {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": "lots"}}]}}}
        """;
    // line 6 is the gold level: 14 spaces of indent, then 72 characters before "lots", so column 87
    assertThat(ConfigFixture.problems(json)).containsExactly(new Problem(
        "/programs/status/levels/1/qualify/atLeast", 6, 87, "must be a number >= 0, but was \"lots\""));
  }

  @Test
  void aDuplicateKeyIsReportedWithBothPlaces() {
    String json = "{\"pledge\": 1,\n \"name\": \"a\",\n \"name\": \"b\"}";
    assertThat(ConfigFixture.problems(json)).containsExactly(
        new Problem("/name", 3, 2, "duplicate key \"name\"; it was first given at 2:10"));
  }

  @Test
  void invalidJsonSaysWhereItBroke() {
    List<Problem> problems = ConfigFixture.problems("{\"pledge\": 1,\n \"name\": }");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(2);
    assertThat(problems.get(0).message()).isEqualTo("unexpected '}': expected a value (a string, number, object, "
        + "array, true, false or null)");
  }

  @Test
  void contentAfterTheDocumentIsAnError() {
    assertThat(ConfigFixture.problems("{\"pledge\": 1} {}")).extracting(Problem::message)
        .containsExactly("unexpected content after the end of the value: \"{\"");
  }

  @Test
  void anEmptyDocumentIsAnError() {
    assertThat(ConfigFixture.problems("  ")).extracting(Problem::message)
        .containsExactly("the text is empty; expected a JSON value");
  }

  @Test
  void theDocumentMustBeAnObject() {
    assertThat(ConfigFixture.problems("[1, 2]")).extracting(Problem::message)
        .containsExactly("the document must be a JSON object, but was an array");
  }

  @Test
  void deepNestingFailsFastWithALimit() {
    String json = "{\"pledge\": 1, \"name\": " + "[".repeat(500) + "]".repeat(500) + "}";
    List<Problem> problems = ConfigFixture.problems(json);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).isEqualTo("objects and arrays nest deeper than 64 levels");
    assertThat(problems.get(0).line()).isEqualTo(1);
  }

  @Test
  void everyProblemIsReportedTogetherInDocumentOrder() {
    String json = ConfigFixture.edit("/programs/status/levels/2/qualify/atLeast", "\"lots\"")
        .replace("\"office\" : {", "\"office\" : { \"zone\": \"Mars/Base\",")
        .replace("\"mode\" : \"first\"", "\"mode\" : \"some\"");
    ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Pledge.builder().loadJson(json, "shop.json"), ConfigException.class);
    assertThat(e.problems()).extracting(Problem::pointer).containsExactly(
        "/calendars/office/zone", "/programs/status/levels/2/qualify/atLeast", "/ruleSets/routing/mode");
    assertThat(e.getMessage()).startsWith("shop.json: 3 problems\n  /calendars/office/zone at ");
  }

  @Test
  void twoModulesDefiningOneTypeIsAnError() {
    RuleModule clash = new RuleModule() {
      @Override
      public String name() {
        return "my-rules";
      }

      @Override
      public List<ConditionType<?>> conditionTypes() {
        return List.of(ConditionType.of("channel", Sentiment.class, (p, ctx) -> null));
      }
    };
    assertThatThrownBy(() -> Pledge.builder().module(clash).loadJson(ConfigFixture.BASE))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("condition type \"channel\" is defined by both pledge-rules and my-rules");
  }

  record Sentiment(double atLeast) {}

  @Test
  void aModuleRegisteredInCodeAddsAConditionType() {
    RuleModule sentiment = new RuleModule() {
      @Override
      public String name() {
        return "sentiment";
      }

      @Override
      public List<ConditionType<?>> conditionTypes() {
        return List.of(ConditionType.of("sentiment", Sentiment.class, (p, ctx) -> new dev.pledge.rule.Condition() {
          @Override
          public String type() {
            return "sentiment";
          }

          @Override
          public dev.pledge.rule.Explanation explain(Facts facts) {
            double score = Double.parseDouble(facts.caseAttributes().getOrDefault("sentiment", "0"));
            return dev.pledge.rule.Explanation.leaf("sentiment at least " + p.atLeast(), score >= p.atLeast(),
                "sentiment is " + score);
          }
        }));
      }
    };
    String json = ConfigFixture.edit("/ruleSets/routing/rules/0/when", "{\"type\": \"sentiment\", \"atLeast\": 0.5}");
    Pledge pledge = Pledge.builder().module(sentiment).loadJson(json);
    Facts happy = Facts.builder().caseAttributes(java.util.Map.of("sentiment", "0.9")).build();
    assertThat(pledge.ruleSet("routing").evaluate(happy).matchedIds()).containsExactly("vip");
  }

  @Test
  void withoutDiscoveryTheStandardTypesAreUnknown() {
    List<Problem> problems = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Pledge.builder().withoutDiscovery().loadJson(ConfigFixture.BASE), ConfigException.class).problems();
    assertThat(problems).extracting(Problem::pointer, Problem::message).contains(tuple(
        "/ruleSets/routing/rules/0/when/type",
        "unknown condition type \"channel\"; known types: all, any, not. If a module defines it, that module may be"
            + " missing from the class path"));
  }

  @Test
  void anUnknownRuleSetNamesTheKnownOnes() {
    Pledge pledge = Pledge.builder().loadJson(ConfigFixture.BASE);
    assertThatThrownBy(() -> pledge.ruleSet("billing"))
        .hasMessage("no rule set named \"billing\"; the configuration defines [routing]");
  }
}
