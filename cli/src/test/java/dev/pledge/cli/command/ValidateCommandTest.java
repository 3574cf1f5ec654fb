package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void skyclubExampleIsValid() {
    Run run = Run.of("validate", Run.SKYCLUB.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valid\n").contains("SkyClub", "2 rule sets (benefits, routing)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void shopExampleIsValid() {
    Run run = Run.of("validate", Run.SHOP.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valid\n").contains("1 rule set (routing)");
  }

  @Test
  void invalidConfigPrintsEveryProblemWithPointerAndLineColumn() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, """
        {
          "pledge": 1,
          "name": "Broken",
          "zone": "Europe/Warsaw",
          "ruleSets": {
            "routing": {
              "mode": "sometimes",
              "rules": [ { "id": "a", "then": {} } ]
            }
          }
        }
        """);

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file + ": /ruleSets/routing/mode at 7:15: ")
        .contains("\"sometimes\"").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aBadMeasuresSectionIsReportedWithPointersAndLines() throws IOException {
    Path file = dir.resolve("measures.json");
    Files.writeString(file, """
        {
          "pledge": 1,
          "zone": "Europe/Warsaw",
          "measures": {
            "active": { "kinds": [] },
            "churnAfter": "P0D",
            "period": "fortnight",
            "tiers": "status"
          }
        }
        """);

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    // every problem of the section, not only the first: a member that cannot be read is set aside
    assertThat(run.err()).isEqualTo(file + ": /measures/active/kinds at 5:26: must not be empty\n"
        + file + ": /measures/churnAfter at 6:19: must be a positive period such as \"P180D\", but was P0D\n"
        + file + ": /measures/period at 7:15: must be one of \"week\", \"month\", \"quarter\", but was \"fortnight\"\n"
        + file + ": /measures/tiers at 8:14: unknown program \"status\"; the programs are []\n");
  }

  @Test
  void truncatedJsonIsReportedAsAProblem() throws IOException {
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"pledge\": 1,\n");

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).startsWith(file + ": ").contains(" at 2:").doesNotContain("\tat ");
  }

  @Test
  void dashReadsTheConfigurationFromStandardInput() throws IOException {
    Run run = Run.withStdin(Files.readString(Run.SKYCLUB), "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valid\n").contains("SkyClub", "2 rule sets (benefits, routing)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnnamedDocumentFromStandardInputIsSummarisedAsStdin() {
    Run run = Run.withStdin("{\"pledge\": 1}", "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("valid\n<stdin>: 0 rule sets; rule modules: pledge-rules\n");
  }

  @Test
  void invalidConfigFromStandardInputNamesStdinWithLineColumn() {
    Run run = Run.withStdin("""
        {
          "pledge": 1,
          "zone": "Europe/Warsaw",
          "ruleSets": {
            "routing": { "mode": "sometimes", "rules": [] }
          }
        }
        """, "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("<stdin>: /ruleSets/routing/mode at 5:26: ").contains("\"sometimes\"")
        .doesNotContain("\tat ");
  }

  @Test
  void truncatedJsonFromStandardInputNamesStdin() {
    Run run = Run.withStdin("{\"pledge\": 1,\n", "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).startsWith("<stdin>: ").contains(" at 2:");
  }

  @Test
  void malformedUtf8FromStandardInputIsOneClearLine() {
    Run run = Run.withStdinBytes(new byte[] {'{', '"', (byte) 0xE9, '"', '}'}, "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: <stdin>: not UTF-8 text\n");
  }

  @Test
  void helpSaysThatDashReadsStandardInput() {
    Run run = Run.of("validate", "--help");

    assertThat(run.out()).contains("FILE|-", "- reads standard input");
  }

  @Test
  void missingFileIsOneClearLine() {
    Run run = Run.of("validate", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: " + dir.resolve("nope.json") + ": no such file\n");
  }

  @Test
  void directoryIsOneClearLine() {
    Run run = Run.of("validate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: " + dir + ": is a directory, not a file\n");
  }

  @Test
  void malformedUtf8IsOneClearLine() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("pledge: " + file + ": not UTF-8 text\n");
  }

  /**
   * A tier program: levels base, silver (xp 50), gold (xp 100); the four {@code %s} add keys to the
   * metrics, the period, gold and the program.
   */
  private static final String TIER_PROGRAM = """
      {"pledge": 1, "zone": "Europe/Paris", "programs": {"status": {
        "metrics": {"xp": {"sum": "xp"}%s}, "period": {"type": "calendar-year"%s},
        "levels": [{"id": "base"}, {"id": "silver", "qualify": {"type": "metric", "metric": "xp", "atLeast": 50}},
                   {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}%s}]%s}}}
      """;

  /**
   * Each misuse of the rules of real programs (issue 13): keys added to the metrics, the period,
   * gold and the program, the pointer reported and the message.
   */
  static Stream<Arguments> tierMisuses() {
    return Stream.of(
        Arguments.of("", "", "", ", \"validity\": {\"type\": \"next-period\", \"grace\": \"P0D\"}",
            "/programs/status/validity/grace", "must be a positive period such as \"P1M\", but was \"P0D\""),
        Arguments.of("", "", ", \"qualifyFrom\": {\"2027-02-30\": {\"type\": \"metric\", \"metric\": \"xp\", \"atLeast\": 150}}", "",
            "/programs/status/levels/2/qualifyFrom/2027-02-30", "must be an ISO date such as \"2027-01-01\""),
        Arguments.of("", "", "", ", \"rollover\": {\"metric\": \"xp\", \"max\": {\"gold\": 300, \"platinum\": 300}}",
            "/programs/status/rollover/max/platinum", "unknown level \"platinum\"; the levels are [base, silver, gold]"),
        Arguments.of("", "", "", ", \"rollover\": {\"metric\": \"xp\", \"max\": 300, \"share\": 1.25}",
            "/programs/status/rollover/share", "must be a number > 0 and <= 1, but was 1.25"),
        Arguments.of("", "", ", \"lifetime\": {\"type\": \"periods-at-level\", \"level\": \"diamond\", \"atLeast\": 10}", "",
            "/programs/status/levels/2/lifetime/level", "unknown level \"diamond\"; this program's levels are [base, silver, gold]"),
        Arguments.of("", ", \"align\": \"month-end\"", "", "",
            "/programs/status/period/align", "only \"membership-year\" and \"since-level-change\" periods take \"align\""),
        Arguments.of(", \"xpAsGold\": {\"sum\": \"xp\", \"whileAtLeast\": \"golden\"}", "", "", "",
            "/programs/status/metrics/xpAsGold/whileAtLeast", "unknown level \"golden\"; the levels are [base, silver, gold]"),
        Arguments.of("", "", "", ", \"upgrade\": \"stepwise\"",
            "/programs/status/upgrade", "\"stepwise\" needs a \"since-level-change\" period"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("tierMisuses")
  void rejectsEachMisuseOfATierRuleAtItsPointer(String metrics, String period, String gold, String program,
      String pointer, String message) {
    Run run = Run.withStdin(TIER_PROGRAM.formatted(metrics, period, gold, program), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("<stdin>: " + pointer + " at ").contains(message).doesNotContain("\tat ");
  }
}
