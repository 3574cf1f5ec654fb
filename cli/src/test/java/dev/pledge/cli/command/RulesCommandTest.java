package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.output.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  private static final String GOLD = "{\"customer\":{\"id\":\"c1\",\"joined\":\"2020-01-01\","
      + "\"segments\":[\"b2b\"],\"attributes\":{\"country\":\"PL\"}},\"levels\":{\"status\":\"gold\"},"
      + "\"channel\":\"email\",\"priority\":\"high\",\"tags\":[\"refund\"],\"caseAttributes\":{},"
      + "\"metrics\":{\"xp\":120},\"asOf\":\"2026-03-01T00:00:00Z\"}";
  private static final String SILVER = "{\"levels\":{\"status\":\"silver\"}}";

  @TempDir
  Path dir;

  private String facts(String... lines) throws IOException {
    Path file = dir.resolve("facts.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file.toString();
  }

  private static List<JsonNode> records(String out) throws IOException {
    return out.lines().map(line -> {
      try {
        return Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }

  @Test
  void writesOneLineOfMatchesAndPayloadsPerFactsLine() throws IOException {
    Run run = Run.of("rules", "--config", Run.SKYCLUB.toString(), "--rule-set", "benefits",
        "--facts", facts(GOLD, SILVER));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        {"line":1,"matched":["lounge","priority-boarding"],"then":[{"benefit":"lounge"},{"benefit":"priority-boarding"}]}
        {"line":2,"matched":["priority-boarding"],"then":[{"benefit":"priority-boarding"}]}
        """);
    assertThat(run.err()).isEqualTo("read 2 lines, processed 2, rejected 0\n");
  }

  @Test
  void badLineInTheMiddleIsReportedWithItsNumberAndTheOthersStillProcessed() throws IOException {
    String input = facts(GOLD, "", "{\"levels\":{\"status\":\"gold\"},\"colour\":\"red\"}", SILVER);

    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing", "-f", input);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(records(run.out())).extracting(r -> r.get("line").asInt()).containsExactly(1, 4);
    assertThat(run.err()).isEqualTo(input + ":3: unknown property \"colour\"; expected one of "
        + "[asOf, caseAttributes, channel, customer, levels, metrics, priority, tags]\n"
        + "read 3 lines, processed 2, rejected 1\n");
  }

  @Test
  void wrongTypesAndBadValuesNameTheField() throws IOException {
    String input = facts("{\"channel\":5}", "{\"metrics\":{\"xp\":\"12\"}}", "{\"asOf\":\"soon\"}",
        "{\"customer\":{\"joined\":\"2020-01-01\"}}", "{\"tags\":[null]}", "[1]", "{\"a\":1,\"a\":2}",
        "{\"levels\":{}} {}", "{\"levels\":");

    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing", "-f", input);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        input + ":1: /channel: expected a string, but was 5",
        input + ":2: /metrics/xp: expected a number, but was \"12\"",
        input + ":3: /asOf: expected an ISO-8601 instant such as 2026-03-01T00:00:00Z, but was \"soon\"",
        input + ":4: /customer/id: required when a customer is given",
        input + ":5: /tags/0: must not be null",
        input + ":6: expected a JSON object, but was an array",
        input + ":7: /a: duplicate key \"a\"",
        input + ":8: invalid JSON at column 15: unexpected content after the end of the value: \"{\"",
        input + ":9: invalid JSON at column 11: the text ends before the object opened at column 1 is closed",
        "read 9 lines, processed 0, rejected 9");
  }

  @Test
  void explainAddsEveryRuleTriedWithItsConditionTree() throws IOException {
    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing", "-f", facts(SILVER),
        "--explain");

    assertThat(run.exitCode()).isZero();
    JsonNode record = records(run.out()).get(0);
    assertThat(record.get("matched")).hasSize(1);
    assertThat(record.get("matched").get(0).asText()).isEqualTo("rest");
    JsonNode explanation = record.get("explanation");
    assertThat(explanation).hasSize(2);
    assertThat(explanation.get(0).get("rule").asText()).isEqualTo("vip");
    assertThat(explanation.get(0).get("held").asBoolean()).isFalse();
    JsonNode tree = explanation.get(0).get("tree");
    assertThat(tree.get("condition").asText()).contains("tier-at-least");
    assertThat(tree.get("held").asBoolean()).isFalse();
    assertThat(tree.get("detail").isTextual()).isTrue();
    assertThat(tree.get("children").isArray()).isTrue();
    assertThat(explanation.get(1).get("rule").asText()).isEqualTo("rest");
    assertThat(explanation.get(1).get("held").asBoolean()).isTrue();
  }

  @Test
  void withoutExplainThereIsNoExplanation() throws IOException {
    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing", "-f", facts(SILVER));

    assertThat(records(run.out()).get(0).has("explanation")).isFalse();
  }

  @Test
  void dashReadsStandardInput() {
    Run run = Run.withStdin(GOLD + "\n" + "{oops}\n", "rules", "-c", Run.SHOP.toString(), "-r",
        "routing", "-f", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).startsWith("{\"line\":1,\"matched\":[");
    assertThat(run.err()).startsWith("<stdin>:2: invalid JSON at column 2:")
        .endsWith("read 2 lines, processed 1, rejected 1\n");
  }

  @Test
  void unknownRuleSetListsTheKnownOnes() throws IOException {
    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "nope", "-f", facts(GOLD));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("pledge: " + Run.SKYCLUB
        + " has no rule set named \"nope\"; it defines benefits, routing\n");
  }

  @Test
  void missingFactsFileIsOneClearLine() {
    String missing = dir.resolve("missing.jsonl").toString();

    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "routing", "-f", missing);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: " + missing + ": no such file\n");
  }

  @Test
  void missingConfigFileIsOneClearLine() throws IOException {
    String missing = dir.resolve("missing.json").toString();

    Run run = Run.of("rules", "-c", missing, "-r", "routing", "-f", facts(GOLD));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: " + missing + ": no such file\n");
  }

  @Test
  void missingRequiredOptionsAreAUsageError() {
    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge rules: missing required options: '--rule-set=NAME', '--facts=FILE|-'\n"
        + "see pledge rules --help\n");
  }

  @Test
  void aLineThatFailsInsidePledgeIsRejectedWithItsLineAndTheOthersAreAnswered() throws IOException {
    // a number the JSON parser cannot hold: it used to fail inside the reader and end the run (exit 3)
    String input = facts(GOLD, "{\"metrics\":{\"xp\":1e2147483648}}", SILVER);

    Run run = Run.of("rules", "-c", Run.SKYCLUB.toString(), "-r", "benefits", "-f", input);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo("""
        {"line":1,"matched":["lounge","priority-boarding"],"then":[{"benefit":"lounge"},{"benefit":"priority-boarding"}]}
        {"line":3,"matched":["priority-boarding"],"then":[{"benefit":"priority-boarding"}]}
        """);
    assertThat(run.err()).startsWith(input + ":2: ").endsWith("\nread 3 lines, processed 2, rejected 1\n")
        .doesNotContain("\tat ");
  }
}
