package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  @TempDir
  Path dir;

  private String queries(String... lines) throws IOException {
    Path file = dir.resolve("queries.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file.toString();
  }

  @Test
  void answersEachQueryOnItsLineInOrder() throws IOException {
    // support-hours, Warsaw (UTC+1 in March): Mon 08-18, Tue 08-12 and 13-18 local.
    String input = queries(
        // Mon 2026-03-02 09:00 local (08:00Z) to Tue 11:00 local (10:00Z): Mon 9h + Tue 3h = 12h
        "{\"op\":\"between\",\"calendar\":\"support-hours\",\"from\":\"2026-03-02T09:00:00+01:00\","
            + "\"to\":\"2026-03-03T10:00:00Z\"}",
        // 10h from Mon 09:00 local: 9h Monday, 1h Tuesday from 08:00 -> Tue 09:00 local = 08:00Z
        "{\"op\":\"add\",\"calendar\":\"support-hours\",\"from\":\"2026-03-02T08:00:00Z\",\"duration\":\"PT10H\"}",
        "{\"op\":\"is-open\",\"calendar\":\"support-hours\",\"at\":\"2026-03-03T11:30:00Z\"}",
        // Tue 12:30 local is the lunch gap; it reopens at 13:00 local = 12:00Z
        "{\"op\":\"next-open\",\"calendar\":\"support-hours\",\"at\":\"2026-03-03T11:30:00Z\"}",
        "{\"op\":\"next-close\",\"calendar\":\"support-hours\",\"at\":\"2026-03-03T12:30:00Z\"}");

    Run run = Run.of("calendar", "--config", Run.SKYCLUB.toString(), "--queries", input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        {"duration":"PT12H"}
        {"instant":"2026-03-03T08:00:00Z"}
        {"open":false}
        {"instant":"2026-03-03T12:00:00Z"}
        {"instant":"2026-03-03T17:00:00Z"}
        """);
  }

  @Test
  void aQueryThatCannotBeAnsweredGivesAnErrorOnItsLineAndExitsNonZero() throws IOException {
    String input = queries(
        "{\"op\":\"between\",\"calendar\":\"nights\",\"from\":\"2026-03-02T09:00:00Z\",\"to\":\"2026-03-03T10:00:00Z\"}",
        "{\"op\":\"between\",\"calendar\":\"support-hours\",\"from\":\"2026-03-03T09:00:00Z\",\"to\":\"2026-03-02T10:00:00Z\"}",
        "{\"op\":\"add\",\"calendar\":\"support-hours\",\"from\":\"2026-03-02 08:00\",\"duration\":\"PT1H\"}",
        "{\"op\":\"is-open\",\"calendar\":\"always\",\"at\":\"2026-03-03T11:30:00Z\"}");

    Run run = Run.of("calendar", "-c", Run.SKYCLUB.toString(), "-q", input);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("{\"error\":\"no calendar named \\\"nights\\\"; the configuration defines "
        + "[support-hours, always]\"}");
    assertThat(lines[1]).startsWith("{\"error\":");
    assertThat(lines[2]).isEqualTo("{\"error\":\"\\\"from\\\" must be an ISO-8601 instant with an offset such as "
        + "\\\"2026-03-02T09:00:00Z\\\", but was \\\"2026-03-02 08:00\\\"\"}");
    assertThat(lines[3]).isEqualTo("{\"open\":true}");
  }

  @Test
  void aLineThatFailsInsidePledgeIsRejectedWithItsLineAndTheOthersAreAnswered() throws IOException {
    // a number the JSON parser cannot hold: it used to fail inside the reader and end the run (exit 3)
    String input = queries(
        "{\"op\":\"is-open\",\"calendar\":\"always\",\"at\":\"2026-03-03T11:30:00Z\"}",
        "{\"op\":\"add\",\"calendar\":\"support-hours\",\"from\":\"2026-03-02T08:00:00Z\",\"duration\":1e2147483648}",
        "{\"op\":\"next-open\",\"calendar\":\"support-hours\",\"at\":\"2026-03-03T11:30:00Z\"}");

    Run run = Run.of("calendar", "-c", Run.SKYCLUB.toString(), "-q", input);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).isEqualTo("""
        {"open":true}
        {"instant":"2026-03-03T12:00:00Z"}
        """);
    assertThat(run.err()).startsWith(input + ":2: ").endsWith("\nread 3 lines, processed 2, rejected 1\n")
        .doesNotContain("\tat ");
  }
}
