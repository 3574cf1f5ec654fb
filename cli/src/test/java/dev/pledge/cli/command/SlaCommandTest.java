package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaCommandTest {
  @TempDir
  Path dir;

  private static Run sla(String cases, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("sla", "--config", Run.SKYCLUB.toString(),
        "--cases", cases, "--as-of", Samples.AS_OF));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  private static List<String> lines(Run run, String caseId) {
    return run.out().lines().filter(l -> l.startsWith("{\"case\":\"" + caseId + "\"")).toList();
  }

  @Test
  void writesOneLinePerMetricInstanceOfEveryCase() {
    Run run = sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS);

    assertThat(run.exitCode()).isZero();
    assertThat(Samples.records(run.out())).hasSize(47);
    // k10, anna (gold) by email, Thursday 5 March; support hours Thu 07:00-17:00Z, Fri 07:00-15:00Z.
    // first response 14:00 -> 16:30Z = 2h30 against 1h: breached by 1h30.
    // next response from the customer's 16:40Z message, unanswered: Thu 20m + Fri 07:00-15:00Z 8h
    // = 8h20 against 2h: breached by 6h20 at Fri 08:40Z and still running.
    assertThat(lines(run, "k10")).startsWith(
        "{\"case\":\"k10\",\"policy\":\"gold-email\",\"metric\":\"first-response\",\"instance\":1,\"target\":\"PT1H\","
            + "\"calendar\":\"support-hours\",\"start\":\"2026-03-05T14:00:00Z\",\"stop\":\"2026-03-05T16:30:00Z\","
            + "\"elapsed\":\"PT2H30M\",\"paused\":\"PT0S\",\"deadline\":\"2026-03-05T15:00:00Z\",\"state\":\"breached\","
            + "\"breachedBy\":\"PT1H30M\"}",
        "{\"case\":\"k10\",\"policy\":\"gold-email\",\"metric\":\"next-response\",\"instance\":1,\"target\":\"PT2H\","
            + "\"calendar\":\"support-hours\",\"start\":\"2026-03-05T16:40:00Z\",\"stop\":null,"
            + "\"elapsed\":\"PT8H20M\",\"paused\":\"PT0S\",\"deadline\":\"2026-03-06T08:40:00Z\",\"state\":\"breached\","
            + "\"breachedBy\":\"PT6H20M\"}");
    // k04, chloe: resolution Tue 08:00Z -> Wed 10:00Z, pending Tue 08:31Z -> Wed 08:00Z.
    // Counted: Tue 08:00-08:31 = 31m, Wed 08:00-10:00 = 2h -> 2h31; paused: Tue 08:31-11:00 and
    // 12:00-17:00 (lunch 11-12Z is closed) = 2h29 + 5h, Wed 07:00-08:00 = 1h -> 8h29.
    assertThat(lines(run, "k04")).last().asString().contains("\"metric\":\"resolution\"",
        "\"elapsed\":\"PT2H31M\"", "\"paused\":\"PT8H29M\"", "\"state\":\"achieved\"");
    // k15 opens after the as-of instant: no lines yet.
    assertThat(lines(run, "k15")).isEmpty();
    assertThat(run.err()).isEqualTo("cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 0 rejected\n"
        + "read 95 lines, processed 95, rejected 0\n");
  }

  @Test
  void levelsFromActivitiesGiveTheSamePromisesAsTheCustomersFile() {
    Run fromFile = sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS);
    Run fromTiers = sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS, "--activities",
        Samples.SKY_ACTIVITIES);

    assertThat(fromTiers.exitCode()).isZero();
    assertThat(fromTiers.out()).isEqualTo(fromFile.out());
  }

  @Test
  void withoutLevelsEveryCaseFallsToTheDefaultPolicy() {
    Run run = sla(Samples.SKY_CASES);

    assertThat(Samples.records(run.out())).extracting(r -> r.get("policy").asText()).containsOnly("default");
  }

  @Test
  void badLinesAndBadCasesAreReportedAndTheOthersStillProcessed() {
    String cases = Samples.withLineAt(dir, Samples.SKY_CASES, 30,
        "{\"case\":\"k01\",\"at\":\"2026-03-02T09:50:00Z\",\"type\":\"smoke-signal\"}");
    cases = Samples.withLineAt(dir, cases, 31,
        "{\"case\":\"k99\",\"at\":\"2026-03-02T09:50:00Z\",\"type\":\"agent-reply\"}");

    Run run = sla(cases, "--customers", Samples.SKY_CUSTOMERS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS).out());
    assertThat(run.err().lines()).hasSize(4);
    assertThat(run.err().lines().toList().get(0)).startsWith(cases + ":30: case k01").contains("smoke-signal");
    assertThat(run.err().lines().toList().get(1)).startsWith(cases + ":31: case \"k99\" (1 line) not evaluated: ");
    assertThat(run.err()).endsWith("cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 1 rejected\n"
        + "read 97 lines, processed 95, rejected 2\n");
  }

  @Test
  void aRatingAfterTheCloseChangesNoPromiseAndABadScoreIsReportedWithItsLine() {
    // k02 was closed on Monday at 10:30; its customer rates it on Tuesday, and a second line rates it 7
    String cases = Samples.withLineAt(dir, Samples.SKY_CASES, 30,
        "{\"case\":\"k02\",\"at\":\"2026-03-03T09:00:00Z\",\"type\":\"satisfaction\",\"score\":4,\"comment\":\"ok\"}");
    cases = Samples.withLineAt(dir, cases, 31,
        "{\"case\":\"k02\",\"at\":\"2026-03-03T09:05:00Z\",\"type\":\"satisfaction\",\"score\":7}");

    Run run = sla(cases, "--customers", Samples.SKY_CUSTOMERS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS).out());
    assertThat(run.err()).isEqualTo(cases + ":31: case k02, event satisfaction at 2026-03-03T09:05:00Z: \"score\" "
        + "must be a whole number from 1 to 5, but was 7\n"
        + "cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 0 rejected\n"
        + "read 97 lines, processed 96, rejected 1\n");
  }

  @Test
  void groupedInputStreamsCaseByCase() {
    String cases = Samples.write(dir, "grouped.jsonl",
        "{\"case\":\"a\",\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"opened\",\"customer\":\"x\",\"channel\":\"email\",\"priority\":\"normal\"}",
        "{\"case\":\"a\",\"at\":\"2026-03-02T08:30:00Z\",\"type\":\"agent-reply\"}",
        "{\"case\":\"b\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"x\",\"channel\":\"email\",\"priority\":\"normal\"}",
        "{\"case\":\"a\",\"at\":\"2026-03-02T10:00:00Z\",\"type\":\"status\",\"status\":\"solved\"}");

    Run run = sla(cases, "--grouped");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(Samples.records(run.out())).extracting(r -> r.get("case").asText() + " " + r.get("metric").asText())
        .containsExactly("a first-response", "a resolution", "b first-response", "b resolution");
    assertThat(run.err()).startsWith(cases + ":4: case \"a\" was already evaluated: with --grouped each case's "
        + "lines must be consecutive\n");
  }

  @Test
  void anAsOfThatIsNotAnInstantIsAUsageError() {
    Run run = Run.of("sla", "-c", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES, "--as-of", "friday");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("expected an ISO-8601 instant such as 2026-03-02T09:00:00Z, but was 'friday'");
  }

  @Test
  void twoInputsFromStandardInputAreAUsageError() {
    Run run = Run.of("sla", "-c", Run.SKYCLUB.toString(), "--cases", "-", "--customers", "-",
        "--as-of", Samples.AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: only one input can be - (standard input)\n");
  }

  @Test
  void readsCasesFromStandardInput() {
    String events = "{\"case\":\"a\",\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"opened\",\"customer\":\"x\","
        + "\"channel\":\"email\",\"priority\":\"normal\"}\n";

    Run run = Run.withStdin(events, "sla", "-c", Run.SKYCLUB.toString(), "--cases", "-", "--as-of",
        "2026-03-02T09:00:00Z");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> out = Samples.records(run.out());
    assertThat(out).extracting(r -> r.get("state").asText()).containsExactly("active", "active");
  }

  @Test
  void aLineThatFailsInsidePledgeIsRejectedWithItsLineAndEveryOtherCaseIsWritten() {
    // a number the JSON parser cannot hold: it used to fail inside the reader and end the run (exit 3)
    String cases = Samples.withLineAt(dir, Samples.SKY_CASES, 30,
        "{\"case\":\"k01\",\"at\":\"2026-03-02T09:50:00Z\",\"type\":\"agent-reply\",\"n\":1e2147483648}");

    Run run = sla(cases, "--customers", Samples.SKY_CUSTOMERS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo(sla(Samples.SKY_CASES, "--customers", Samples.SKY_CUSTOMERS).out());
    assertThat(run.err().lines().toList().get(0)).startsWith(cases + ":30: ");
    assertThat(run.err()).endsWith("cases: 16 evaluated (15 promised, 0 unpromised, 1 not yet opened), 0 rejected\n"
        + "read 96 lines, processed 95, rejected 1\n").doesNotContain("\tat ");
  }
}
