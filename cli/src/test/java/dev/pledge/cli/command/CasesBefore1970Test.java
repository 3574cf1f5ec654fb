package dev.pledge.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code sla}, {@code escalations} and {@code report} on cases opened in 1969 never
 * returned, because the calendar's search took the block of 1969 (index -1) for "not found".
 * The shop's basic policy: first response in 8 h, resolution in 40 h, on shop-hours (Mon-Fri
 * 09:00-17:00 in Berlin, UTC+1 all year in 1969, with German public holidays).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CasesBefore1970Test {
  @TempDir
  Path dir;

  private String cases() {
    return Samples.write(dir, "cases.jsonl",
        "{\"case\":\"old\",\"at\":\"1969-12-31T09:00:00Z\",\"type\":\"opened\",\"customer\":\"tom\","
            + "\"channel\":\"email\",\"priority\":\"normal\"}",
        "{\"case\":\"old\",\"at\":\"1970-01-02T08:30:00Z\",\"type\":\"agent-reply\"}",
        "{\"case\":\"old\",\"at\":\"1970-01-02T10:00:00Z\",\"type\":\"status\",\"status\":\"solved\"}",
        "{\"case\":\"older\",\"at\":\"1969-06-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"tom\","
            + "\"channel\":\"email\",\"priority\":\"normal\"}");
  }

  private Run run(String command) {
    return Run.of(command, "-c", Run.SHOP.toString(), "--cases", cases(), "--as-of", "1970-01-05T00:00:00Z");
  }

  @Test
  void slaMeasuresCasesOpenedIn1969() {
    Run run = run("sla");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> out = Samples.records(run.out());
    // old: Wednesday 31 December 10:00-17:00 local is 7 h; 1 January is a holiday; Friday from
    // 09:00 local (08:00Z) to the reply at 08:30Z is 30 min: 7h30. Solved at 10:00Z: 7 h + 2 h = 9 h.
    assertThat(out).filteredOn(r -> r.get("case").asText().equals("old"))
        .extracting(r -> r.get("metric").asText() + " " + r.get("elapsed").asText() + " " + r.get("state").asText())
        .containsExactly("first-response PT7H30M achieved", "resolution PT9H achieved");
    // older: Monday 2 June 10:00 local + 8 h: 7 h on Monday, 1 h on Tuesday: 10:00 local, 09:00Z.
    assertThat(out).filteredOn(r -> r.get("case").asText().equals("older"))
        .extracting(r -> r.get("metric").asText() + " " + r.get("deadline").asText())
        .contains("first-response 1969-06-03T09:00:00Z");
  }

  @Test
  void escalationsAndTheReportCoverCasesOpenedIn1969() {
    Run escalations = run("escalations");
    assertThat(escalations.exitCode()).isZero();
    assertThat(Samples.records(escalations.out())).extracting(r -> r.get("case").asText())
        .containsExactlyInAnyOrder("old", "older");

    Run report = run("report");
    assertThat(report.out()).contains("first-response").contains("resolution");
    assertThat(report.err()).contains("2 evaluated").contains("0 rejected");
  }
}
