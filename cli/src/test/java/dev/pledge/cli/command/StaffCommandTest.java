package dev.pledge.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import dev.pledge.plan.ErlangC;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledge staff} on a hand-worked history (the reference check of docs/planning.md through the
 * command), on the bundled examples and on a forecast.
 */
class StaffCommandTest {
  static final String CONFIG = """
      {"pledge": 1, "zone": "UTC",
       "calendars": {"always": {"type": "24x7"}},
       "servicePolicies": [
         {"id": "phone", "when": {"type": "channel", "in": ["phone"]}, "calendar": "always",
          "targets": {"first-response": "PT20S"}, "objective": 0.8},
         {"id": "fix", "when": {"type": "channel", "in": ["web"]}, "calendar": "always",
          "targets": {"resolution": "PT8H"}, "objective": 0.9},
         {"id": "email", "calendar": "always", "targets": {"first-response": "PT1H"}, "objective": 0.9}]}
      """;
  /** Monday 2 and Monday 9 March 2026. */
  static final Instant[] MONDAYS = {Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-09T09:00:00Z")};

  @TempDir
  Path dir;
  String config;
  String cases;

  /**
   * Two weeks of history: each Monday 100 phone cases open between 09:00 and 09:30 UTC (one every
   * 18 s), and 7 email cases at 10:00, which the phone policy did not promise.
   */
  @BeforeEach
  void files() throws IOException {
    config = Files.writeString(dir.resolve("staff.json"), CONFIG).toString();
    List<String> lines = new ArrayList<>();
    for (Instant monday : MONDAYS) {
      for (int i = 0; i < 100; i++) {
        lines.add(opened("p" + monday.getEpochSecond() + "-" + i, monday.plusSeconds(18L * i), "phone"));
      }
      for (int i = 0; i < 7; i++) {
        lines.add(opened("e" + monday.getEpochSecond() + "-" + i, monday.plusSeconds(3600), "email"));
      }
    }
    cases = Samples.write(dir, "cases.jsonl", lines.toArray(String[]::new));
  }

  static String opened(String id, Instant at, String channel) {
    return "{\"case\":\"" + id + "\",\"at\":\"" + at + "\",\"type\":\"opened\",\"customer\":\"c\",\"channel\":\""
        + channel + "\",\"priority\":\"normal\"}";
  }

  static JsonNode at(List<JsonNode> lines, String from) {
    return lines.stream().filter(l -> l.path("from").asText().equals(from)).findFirst().orElseThrow();
  }

  @Test
  void staffsTheWeekAfterTheHistoryFromTheAverageOfItsWeeks() {
    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--shrinkage", "0.3", "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines).hasSize(336 + 1);
    assertThat(lines.get(0).path("from").asText()).isEqualTo("2026-03-16T00:00:00Z");
    // 100 arrivals a Monday 09:00-09:30, over 2 weeks: 100; A = 100 × 180 s / 1800 s = 10 Erlangs;
    // 13 agents give 79.6 %, 14 give 88.8 % (ErlangCTest); ASA 0.17413 × 180 s / 4 = 7.8 s; 14 / 0.7 = 20 staff
    assertThat(at(lines, "2026-03-16T09:00:00Z")).hasToString("{\"from\":\"2026-03-16T09:00:00Z\",\"to\":"
        + "\"2026-03-16T09:30:00Z\",\"arrivals\":100,\"traffic\":10,\"agents\":14,\"serviceLevel\":0.8884,"
        + "\"asa\":\"PT7.8S\",\"occupancy\":0.7143,\"staff\":20}");
    // the email cases at 10:00 are another policy's: nothing to staff
    assertThat(at(lines, "2026-03-16T10:00:00Z").path("agents").asInt()).isZero();
    assertThat(lines.subList(0, 336)).filteredOn(l -> l.path("agents").asInt() > 0).hasSize(1);
    // the worst interval, and 20 staff for half an hour
    assertThat(lines.get(336)).hasToString("{\"worst\":" + at(lines, "2026-03-16T09:00:00Z") + ",\"agentHours\":10}");
    assertThat(run.err()).isEqualTo("""
        cases: 214 evaluated, 200 promised by phone at their opening, 0 rejected
        history: 2 weeks from 2026-03-02 to 2026-03-15 (UTC); staffing the week from 2026-03-16 to 2026-03-22
        read 214 lines, processed 214, rejected 0
        """);
  }

  @Test
  void aPeakMultipliesItsDaysAndChoosesTheWeekThatHoldsItsFirstDay() {
    // Wednesday 25 to Thursday 26 November: the week of Monday 23 November; its Monday is not in the peak
    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--interval", "PT1H", "--peak", "2", "--peak-from", "2026-11-25", "--peak-to", "2026-11-26", "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines).hasSize(168 + 1);
    // 100 arrivals in an hour: A = 5 Erlangs, not doubled on a Monday
    assertThat(at(lines, "2026-11-23T09:00:00Z").path("traffic").asDouble()).isEqualTo(5);
    assertThat(run.err()).contains("staffing the week from 2026-11-23 to 2026-11-29");

    Run monday = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--peak", "2.5", "--peak-from", "2026-11-23", "--peak-to", "2026-11-23", "--format", "json");
    JsonNode peak = at(Samples.records(monday.out()), "2026-11-23T09:00:00Z");
    assertThat(peak.path("arrivals").asDouble()).isEqualTo(250);
    assertThat(peak.path("traffic").asDouble()).isEqualTo(25);
  }

  @Test
  void theTableShowsLocalTimesPercentagesAndTheWorstInterval() {
    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 336 + 2);
    assertThat(lines.get(0)).isEqualTo("from                  to                    local                 arrivals  "
        + "traffic  agents  service   asa  occupancy  staff");
    assertThat(lines.get(19)).isEqualTo("2026-03-16T09:00:00Z  2026-03-16T09:30:00Z  Mon 2026-03-16 09:00       100"
        + "       10      14    88.8%  7.8s      71.4%     14");
    assertThat(lines.get(337)).isEqualTo("worst: 2026-03-16T09:00:00Z (Mon 2026-03-16 09:00): 14 staff, 14 agents "
        + "for 100 arrivals, 88.8% answered in time");
    assertThat(lines.get(338)).isEqualTo("agent-hours: 7");
  }

  @Test
  void staffsTheBundledAirlineFromItsWeekOfCases() {
    // platinum-phone (24x7, UTC; 15 minutes, 98 %) promised three cases: bartek's k02 (Monday 08:00) and k03
    // (Tuesday 20:00, chat), greta's k08 (Friday 12:00). One a half hour: A = 6 min / 30 min = 0.2; one
    // agent answers 1 − 0.2·e^(−0.8·15/6) = 97.3 % in time, two 99.98 %.
    Run run = Run.of("staff", "-c", Run.SKYCLUB.toString(), "--policy", "platinum-phone", "--cases", Samples.SKY_CASES,
        "--customers", Samples.SKY_CUSTOMERS, "--aht", "PT6M", "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines.subList(0, 336)).filteredOn(l -> l.path("agents").asInt() > 0).extracting(l -> l.path("from").asText())
        .containsExactly("2026-03-09T08:00:00Z", "2026-03-10T20:00:00Z", "2026-03-13T12:00:00Z");
    assertThat(at(lines, "2026-03-09T08:00:00Z").path("serviceLevel").asDouble()).isEqualTo(0.9998);
    assertThat(at(lines, "2026-03-09T08:00:00Z").path("agents").asInt()).isEqualTo(2);
    assertThat(lines.get(336).path("agentHours").asDouble()).isEqualTo(3);
    assertThat(run.err()).startsWith("cases: 16 evaluated, 3 promised by platinum-phone at their opening, 0 rejected\n");
  }

  @Test
  void levelsComeFromTheActivitiesAtEachCasesOpeningToo() {
    Run run = Run.of("staff", "-c", Run.SKYCLUB.toString(), "--policy", "gold-email", "--cases", Samples.SKY_CASES,
        "--activities", Samples.SKY_ACTIVITIES, "--customers", Samples.SKY_CUSTOMERS, "--aht", "PT20M",
        "--interval", "PT4H", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(Samples.records(run.out())).hasSize(42 + 1);
    assertThat(run.err()).contains("promised by gold-email at their opening")
        .contains("(Europe/Warsaw); staffing the week from 2026-03-09 to 2026-03-15");
  }

  @Test
  void staffsTheBundledBlackFridayForecast() {
    // 24 half hours of 20 to 120 calls: A = calls × 6 min / 30 min, from 4 to 24 Erlangs; with a 15-minute
    // target (2.5 handling times) N = A + 2 meets 98 % (A + 1 does not); staff ⌈N / 0.7⌉
    Run run = Run.of("staff", "-c", Run.SKYCLUB.toString(), "--policy", "platinum-phone", "--forecast",
        Samples.SKY_FORECAST, "--aht", "PT6M", "--shrinkage", "0.3", "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines).hasSize(24 + 1);
    for (JsonNode line : lines.subList(0, 24)) {
      double traffic = line.path("traffic").asDouble();
      assertThat(line.path("agents").asInt()).isEqualTo((int) traffic + 2);
      assertThat(ErlangC.serviceLevel((int) traffic + 1, traffic, Duration.ofMinutes(15), Duration.ofMinutes(6)))
          .isLessThan(0.98);
      assertThat(line.path("staff").asInt()).isEqualTo((int) Math.ceil(((int) traffic + 2) / 0.7 - 1e-9));
    }
    // Friday 10:00 UTC, 120 calls: 26 agents, 38 staff; 617 staff half hours
    assertThat(lines.get(24).path("worst").path("from").asText()).isEqualTo("2026-11-27T10:00:00Z");
    assertThat(lines.get(24).path("worst").path("staff").asInt()).isEqualTo(38);
    assertThat(lines.get(24).path("agentHours").asDouble()).isEqualTo(308.5);
    assertThat(run.err()).isEqualTo("read 24 lines, processed 24, rejected 0\n");
  }

  @Test
  void aForecastIsStaffedIntervalByIntervalInTimeOrderAndABadLineIsReportedWithItsNumber() {
    String forecast = Samples.write(dir, "forecast.jsonl",
        "{\"from\":\"2026-11-27T09:30:00Z\",\"to\":\"2026-11-27T10:30:00Z\",\"cases\":100}",
        "{\"from\":\"2026-11-27T09:00:00Z\",\"to\":\"2026-11-27T09:30:00Z\",\"cases\":100}",
        "{\"from\":\"2026-11-27T10:00:00Z\",\"to\":\"2026-11-27T11:00:00Z\",\"cases\":5}",
        "",
        "{\"from\":\"2026-11-27T11:00:00Z\",\"to\":\"2026-11-27T12:00:00Z\",\"cases\":\"many\"}",
        "{\"from\":\"2026-11-28T09:00:00Z\",\"to\":\"2026-11-28T09:30:00Z\",\"cases\":100}");

    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--forecast", forecast, "--aht", "PT3M",
        "--peak", "1.5", "--peak-from", "2026-11-28", "--peak-to", "2026-11-28", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines).extracting(l -> l.path("from").asText()).containsExactly("2026-11-27T09:00:00Z",
        "2026-11-27T09:30:00Z", "2026-11-28T09:00:00Z", "");
    assertThat(lines.get(0).path("agents").asInt()).isEqualTo(14);      // the reference check
    assertThat(lines.get(1).path("traffic").asDouble()).isEqualTo(5);   // 100 in an hour
    assertThat(lines.get(2).path("arrivals").asDouble()).isEqualTo(150); // the peak day
    assertThat(lines.get(3).path("worst").path("from").asText()).isEqualTo("2026-11-28T09:00:00Z");
    assertThat(run.err()).isEqualTo(forecast + ":3: the interval 2026-11-27T10:00:00Z to 2026-11-27T11:00:00Z "
        + "overlaps line 1's, 2026-11-27T09:30:00Z to 2026-11-27T10:30:00Z\n"
        + forecast + ":5: /cases: expected a number, but was \"many\"\n"
        + "read 5 lines, processed 3, rejected 2\n");
  }

  @Test
  void aForecastLineMustHaveItsIntervalAndCases() {
    String forecast = Samples.write(dir, "forecast.jsonl",
        "{\"from\":\"2026-11-27T09:30:00Z\",\"cases\":1}",
        "{\"from\":\"2026-11-27T09:30:00Z\",\"to\":\"2026-11-27T09:30:00Z\",\"cases\":1}",
        "{\"from\":\"at nine\",\"to\":\"2026-11-27T09:30:00Z\",\"cases\":1}",
        "{\"from\":\"2026-11-27T09:00:00Z\",\"to\":\"2026-11-27T09:30:00Z\",\"cases\":-2}",
        "{\"from\":\"2026-11-27T09:00:00Z\",\"to\":\"2026-11-27T09:30:00Z\"}",
        "{\"from\":\"2026-11-27T09:00:00Z\",\"to\":\"2026-11-27T09:30:00Z\",\"cases\":2e7}");

    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--forecast", forecast, "--aht", "PT3M");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).endsWith("worst: none\nagent-hours: 0\n");
    assertThat(run.err()).isEqualTo(forecast + ":1: /to: required\n"
        + forecast + ":2: /to: expected an instant after /from (2026-11-27T09:30:00Z), but was \"2026-11-27T09:30:00Z\"\n"
        + forecast + ":3: /from: expected an ISO-8601 instant such as 2026-11-27T08:00:00Z, but was \"at nine\"\n"
        + forecast + ":4: /cases: expected zero or more cases, but was -2\n"
        + forecast + ":5: /cases: required\n"
        + forecast + ":6: 2.0E7 arrivals from 2026-11-27T09:00:00Z to 2026-11-27T09:30:00Z with an average handling "
        + "time of PT3M make 2000000.0 Erlangs; at most 1000000 are taken\n"
        + "read 6 lines, processed 0, rejected 6\n");
  }

  @Test
  void anUnknownPolicyOrOneWithoutAFirstResponseTargetStopsTheCommand() {
    Run unknown = Run.of("staff", "-c", config, "--policy", "chat", "--cases", cases, "--aht", "PT3M");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(unknown.err()).isEqualTo("pledge: no service policy \"chat\"; the configuration defines [phone, fix, email]\n");

    Run fix = Run.of("staff", "-c", config, "--policy", "fix", "--cases", cases, "--aht", "PT3M");
    assertThat(fix.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(fix.err()).isEqualTo("pledge: policy fix has no first-response target; staffing keeps a "
        + "first-response promise, so the policy must set targets/first-response\n");
    assertThat(fix.out()).isEmpty();
  }

  @Test
  void aHistoryWithoutACaseOfThePolicyStopsTheCommand() {
    String web = Samples.write(dir, "web.jsonl", opened("w1", MONDAYS[0], "web"));
    Run run = Run.of("staff", "-c", config, "--policy", "phone", "--cases", web, "--aht", "PT3M");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).isEqualTo("""
        cases: 1 evaluated, 0 promised by phone at their opening, 0 rejected
        read 1 lines, processed 1, rejected 0
        pledge: no case was promised by policy phone at its opening: there is no history to staff from
        """);
  }

  @Test
  void badValuesAreRefusedBeforeAnyInputIsRead() {
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT0S").err())
        .isEqualTo("pledge: the average handling time must be positive, but was PT0S\n");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--interval", "PT5H").err()).isEqualTo("pledge: the interval must be at least a minute and divide a week "
        + "evenly (PT15M, PT30M, PT1H, ...), but was PT5H\n");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--shrinkage", "1").err()).isEqualTo("pledge: the shrinkage must be at least 0 and less than 1, but was 1\n");
    Run backwards = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M",
        "--peak", "2", "--peak-from", "2026-11-30", "--peak-to", "2026-11-27");
    assertThat(backwards.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(backwards.err()).isEqualTo("pledge: the peak's last day must not be before its first, but it runs "
        + "from 2026-11-30 to 2026-11-27\n");
  }

  @Test
  void usageErrorsNameTheOptions() {
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--aht", "PT3M").err()).isEqualTo(
        "pledge staff: missing --cases or --forecast: staff from the history or from a forecast\nsee pledge staff --help\n");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--forecast", cases, "--aht",
        "PT3M").err()).startsWith("pledge staff: --cases and --forecast cannot be used together");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--forecast", cases, "--customers", cases,
        "--aht", "PT3M").err()).startsWith("pledge staff: --customers goes with --cases, not --forecast");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M", "--peak", "2")
        .err()).startsWith("pledge staff: --peak, --peak-from and --peak-to go together: give all three or none");
    Run aht = Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "3 minutes");
    assertThat(aht.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(aht.err()).startsWith("pledge staff: invalid value for option '--aht': expected an ISO-8601 duration "
        + "such as PT3M or PT2M30S, but was '3 minutes'");
    assertThat(Run.of("staff", "-c", config, "--policy", "phone", "--cases", cases, "--aht", "PT3M", "--peak", "2",
        "--peak-from", "Black Friday", "--peak-to", "2026-11-30").err())
        .startsWith("pledge staff: invalid value for option '--peak-from': expected an ISO-8601 date such as "
            + "2026-11-27, but was 'Black Friday'");
  }
}
