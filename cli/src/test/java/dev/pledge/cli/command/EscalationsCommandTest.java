package dev.pledge.cli.command;

import dev.pledge.output.PledgeJson;
import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.output.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.escalation.CustomAction;
import dev.pledge.escalation.StepActions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledge escalations} on the SkyClub example: Warsaw support hours (Mon 08:00-18:00 local,
 * UTC+1 in March), the default policy's first response in 4 h, resolution in 3 days.
 */
class EscalationsCommandTest {
  @TempDir
  Path dir;

  private static final String EVENTS = """
      {"case":"c1","at":"2026-03-02T07:00:00Z","type":"opened","customer":"anna","channel":"email","priority":"normal"}
      {"case":"c2","at":"2026-03-02T07:00:00Z","type":"opened","customer":"piotr","channel":"email","priority":"normal"}
      {"case":"c2","at":"2026-03-02T07:30:00Z","type":"agent-reply"}
      {"case":"c2","at":"2026-03-02T08:00:00Z","type":"transfer","to":"alice"}
      {"case":"c2","at":"2026-03-02T08:30:00Z","type":"transfer","to":"bob"}
      not json
      {"case":"c3","at":"2026-03-02T07:00:00Z","type":"agent-reply"}
      """;

  private static List<JsonNode> lines(String out) {
    return out.lines().map(l -> {
      try {
        return Json.mapper().readTree(l);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  void writesOneLinePerCaseAndReportsBadLinesAndBadCases() {
    // c1: opened Mon 08:00 Warsaw (07:00Z), no reply: first response (4 h) breaches at 12:00
    // local = 11:00Z and moves the case to line 2. c2: transferred twice: ping-pong at the second
    // transfer (08:30Z), line 3, alice stays owner. c3 has no opened event.
    Run run = Run.withStdin(EVENTS, "escalations", "--config", Run.SKYCLUB.toString(), "--cases", "-",
        "--as-of", "2026-03-02T12:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    List<JsonNode> out = lines(run.out());
    assertThat(out).hasSize(2);
    JsonNode c1 = out.get(0);
    assertThat(c1.get("case").asText()).isEqualTo("c1");
    assertThat(c1.get("line").asInt()).isEqualTo(2);
    assertThat(c1.get("owner").isNull()).isTrue();
    assertThat(c1.get("due")).hasSize(1);
    assertThat(c1.get("due").get(0).get("step").asText()).isEqualTo("breach");
    assertThat(c1.get("due").get(0).get("dueAt").asText()).isEqualTo("2026-03-02T11:00:00Z");
    assertThat(c1.get("due").get(0).get("actions").toString())
        .isEqualTo("{\"notify\":[\"team-lead\"],\"moveToLine\":2}");
    assertThat(c1.get("nextCheckAt").asText()).isNotEmpty();
    JsonNode c2 = out.get(1);
    assertThat(c2.get("line").asInt()).isEqualTo(3);
    assertThat(c2.get("owner").asText()).isEqualTo("alice");
    assertThat(c2.get("due").get(0).get("step").asText()).isEqualTo("ping-pong");
    assertThat(c2.get("due").get(0).get("dueAt").asText()).isEqualTo("2026-03-02T08:30:00Z");
    assertThat(run.err()).contains("<stdin>:6:", "<stdin>:7: case \"c3\" (1 line) not evaluated:",
        "cases 3, evaluated 2, rejected 1", "read 7 lines, processed 5, rejected 2");
  }

  @Test
  void customersFileChoosesTheEntryLineAndCompensationIsAnActivity() throws IOException {
    Path customers = dir.resolve("customers.jsonl");
    Files.writeString(customers, """
        {"customer":"anna","joined":"2020-01-01","segments":[],"attributes":{},"tiers":{"status":"platinum"}}
        """);
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(cases, """
        {"case":"c1","at":"2026-03-02T07:00:00Z","type":"opened","customer":"anna","channel":"phone","priority":"normal"}
        {"case":"c1","at":"2026-03-02T07:05:00Z","type":"agent-reply"}
        """);
    // Platinum phone: the always-open policy, resolution 4 h: breached at 11:00Z, "sorry" credits
    // 10 xp; the warning at 0.75 fell due at 10:00Z. Platinum customers start on line 2.
    Run run = Run.of("escalations", "-c", Run.SKYCLUB.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "--as-of", "2026-03-02T12:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode c1 = lines(run.out()).get(0);
    assertThat(c1.get("line").asInt()).isEqualTo(2);
    assertThat(c1.get("due").findValuesAsText("step")).containsExactly("warn", "sorry");
    assertThat(c1.get("due").get(0).get("dueAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
    JsonNode activity = c1.get("due").get(1).get("actions").get("compensate").get("activity");
    assertThat(activity.toString()).isEqualTo("{\"customer\":\"anna\",\"at\":\"2026-03-02T11:00:00Z\","
        + "\"kind\":\"goodwill\",\"id\":\"escalation:c1:sorry:1\",\"xp\":10}");
    assertThat(c1.get("nextCheckAt").isNull()).isTrue();
  }

  /** The parameters of a custom action type. */
  record OpenTicket(String queue) {}

  @Test
  void customActionsAreWrittenAsJsonUnderTheirType() {
    StepActions actions = new StepActions(List.of("lead"), OptionalInt.empty(), false, false, Optional.empty(),
        List.of(new CustomAction("open-ticket", new OpenTicket("billing"))));

    assertThat(PledgeJson.stepActions(actions, Optional.empty()).toString())
        .isEqualTo("{\"notify\":[\"lead\"],\"open-ticket\":{\"queue\":\"billing\"}}");
  }

  @Test
  void badAsOfIsAUsageError() {
    Run run = Run.of("escalations", "-c", Run.SKYCLUB.toString(), "--cases", "-", "--as-of", "yesterday");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("--as-of");
  }

  @Test
  void aLineThatFailsInsidePledgeIsRejectedWithItsLineAndEveryOtherCaseIsWritten() {
    // a number the JSON parser cannot hold: it used to fail inside the reader and end the run (exit 3)
    String clean = EVENTS.replace("not json\n", "").replace("{\"case\":\"c3\",\"at\":\"2026-03-02T07:00:00Z\",\"type\":\"agent-reply\"}\n", "");
    String events = clean.replace("{\"case\":\"c2\",\"at\":\"2026-03-02T07:30:00Z\"",
        "{\"case\":\"c2\",\"at\":\"2026-03-02T07:10:00Z\",\"type\":\"agent-reply\",\"n\":1e2147483648}\n"
            + "{\"case\":\"c2\",\"at\":\"2026-03-02T07:30:00Z\"");

    Run run = Run.withStdin(events, "escalations", "-c", Run.SKYCLUB.toString(), "--cases", "-",
        "--as-of", "2026-03-02T12:00:00Z");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(Run.withStdin(clean, "escalations", "-c", Run.SKYCLUB.toString(),
        "--cases", "-", "--as-of", "2026-03-02T12:00:00Z").out());
    assertThat(lines(run.out())).hasSize(2);
    assertThat(run.err()).startsWith("<stdin>:3: ")
        .endsWith("cases 2, evaluated 2, rejected 0\nread 6 lines, processed 5, rejected 1\n").doesNotContain("\tat ");
  }
}
