package dev.pledge.cli.command;

import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  /** Issue 14: before 1970 the block search mistook the block of 1969 for "not found" and never returned. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void queriesBefore1970AndAtBothEndsOfTheSupportedRangeAreAnswered() {
    String stdin = String.join("\n",
        // sale-hours, Berlin (UTC+1 in winter): Wednesday 1969-12-31 11:00 local, open 08-22: + 1 h = 12:00 local.
        "{\"op\":\"add\",\"calendar\":\"sale-hours\",\"from\":\"1969-12-31T10:00:00Z\",\"duration\":\"PT1H\"}",
        // Saturday 1969-12-27 21:00 local is closed until Monday 1969-12-29 08:00 local.
        "{\"op\":\"next-open\",\"calendar\":\"sale-hours\",\"at\":\"1969-12-27T20:00:00Z\"}",
        // 0001-01-01 was a Monday; Berlin kept its local mean time, +00:53:28: 08:00 local is 07:06:32Z.
        "{\"op\":\"next-open\",\"calendar\":\"sale-hours\",\"at\":\"0001-01-01T00:00:00Z\"}",
        // 9999-12-31 is a Friday, open until 22:00 local; the next opening would be in the year 10000.
        "{\"op\":\"next-open\",\"calendar\":\"sale-hours\",\"at\":\"9999-12-31T22:00:00Z\"}",
        "{\"op\":\"is-open\",\"calendar\":\"sale-hours\",\"at\":\"+10000-01-01T00:00:00Z\"}") + "\n";

    Run run = Run.withStdin(stdin, "calendar", "-c", Run.SHOP.toString(), "-q", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).isEqualTo("{\"instant\":\"1969-12-31T11:00:00Z\"}");
    assertThat(lines[1]).isEqualTo("{\"instant\":\"1969-12-29T07:00:00Z\"}");
    assertThat(lines[2]).isEqualTo("{\"instant\":\"0001-01-01T07:06:32Z\"}");
    assertThat(lines[3]).isEqualTo("{\"error\":\"calendar \\\"sale-hours\\\" does not open between 9999-12-31T22:00:00Z"
        + " and the end of the supported range, 9999-12-31T23:59:59.999999999Z\"}");
    // Rejected with its range, by the calendar or before it by the reader of the line.
    assertThat(lines[4]).startsWith("{\"error\":").contains("9999").contains("+10000-01-01T00:00:00Z");
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
