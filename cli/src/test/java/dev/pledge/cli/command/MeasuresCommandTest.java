package dev.pledge.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.cli.ExitCode;
import dev.pledge.cli.Run;
import dev.pledge.cli.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledge measures} on a small hand-worked history (the arithmetic in the comments) and on
 * the bundled examples.
 */
class MeasuresCommandTest {
  static final String CONFIG = """
      {"pledge": 1, "zone": "UTC",
       "calendars": {"always": {"type": "24x7"}},
       "programs": {"status": {
         "metrics": {"xp": {"sum": "xp", "where": {"kind": ["flight"]}}},
         "period": {"type": "calendar-year"},
         "levels": [{"id": "blue"}, {"id": "gold", "qualify": {"type": "metric", "metric": "xp", "atLeast": 100}}]}},
       "servicePolicies": [{"id": "reply", "calendar": "always", "targets": {"first-response": "PT1H"}, "objective": 0.9}],
       "measures": {"active": {"kinds": ["flight"]}, "churnAfter": "P30D", "period": "month", "tiers": "status"}}
      """;
  // Ann: flights 10 Jan (50 xp) and 20 Jan (60 xp: 110, gold from 20 Jan), 25 Feb; a survey on
  // 26 Feb answering 10. Bob: one flight on 5 Jan (blue throughout).
  static final String ACTIVITIES = """
      {"customer":"ann","at":"2026-01-10T08:00:00Z","kind":"flight","xp":50}
      {"customer":"ann","at":"2026-01-20T08:00:00Z","kind":"flight","xp":60}
      {"customer":"bob","at":"2026-01-05T08:00:00Z","kind":"flight","xp":10}
      {"customer":"ann","at":"2026-02-25T08:00:00Z","kind":"flight","xp":10}
      {"customer":"ann","at":"2026-02-26T08:00:00Z","kind":"survey","nps":10}
      """;
  // c2 (Bob, chat, 6 Jan) answered after 3 h: broken. c1 (Ann, email, 2 Feb) answered in 20 min: kept.
  static final String CASES = """
      {"case":"c2","at":"2026-01-06T10:00:00Z","type":"opened","customer":"bob","channel":"chat","priority":"normal"}
      {"case":"c2","at":"2026-01-06T13:00:00Z","type":"agent-reply"}
      {"case":"c1","at":"2026-02-02T10:00:00Z","type":"opened","customer":"ann","channel":"email","priority":"normal"}
      {"case":"c1","at":"2026-02-02T10:20:00Z","type":"agent-reply"}
      """;
  static final String AS_OF = "2026-03-15T00:00:00Z";

  @TempDir
  Path dir;
  String config;
  String activities;
  String cases;

  @BeforeEach
  void files() throws IOException {
    config = Files.writeString(dir.resolve("measures.json"), CONFIG).toString();
    activities = Files.writeString(dir.resolve("activities.jsonl"), ACTIVITIES).toString();
    cases = Files.writeString(dir.resolve("cases.jsonl"), CASES).toString();
  }

  static JsonNode line(List<JsonNode> lines, String period, String level) {
    return lines.stream().filter(l -> l.path("period").asText().equals(period)
        && (level == null ? l.get("level").isNull() : l.get("level").asText().equals(level))).findFirst().orElseThrow();
  }

  @Test
  void measuresAHandWorkedHistoryPerPeriodAndLevel() {
    Run run = Run.of("measures", "-c", config, "--cases", cases, "-a", activities, "--as-of", AS_OF, "--format", "json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(lines).hasSize(3 * 3 + 1); // Jan, Feb, Mar x (all, blue, gold), then the cost line
    // Ann's stretch: 10 Jan to 20 Jan + 30 d = 19 Feb, then 25 Feb to 27 Mar (after asOf): she churns
    // on 19 Feb and comes back. Bob's: 5 Jan to 4 Feb: churns on 4 Feb.
    // February: both active at its start (1 Feb), both churn: rate 2 / 2; Ann is repeat; only Ann
    // is active at its end (1 Mar lies in (25 Feb, 27 Mar]).
    JsonNode feb = line(lines, "2026-02", null);
    assertThat(feb.get("customers").toString()).isEqualTo("{\"activeAtStart\":2,\"active\":1,\"new\":0,\"repeat\":1,"
        + "\"churned\":2,\"churnRate\":1,\"amountNew\":0,\"amountRepeat\":0}");
    // Ann is gold from 20 Jan: January counts her under blue (its start), February under gold.
    assertThat(line(lines, "2026-01", "blue").get("customers").get("new").asLong()).isEqualTo(2);
    assertThat(line(lines, "2026-02", "gold").get("customers").get("churned").asLong()).isEqualTo(1);
    assertThat(line(lines, "2026-02", "blue").get("customers").get("churned").asLong()).isEqualTo(1);
    assertThat(line(lines, "2026-02", "gold").get("nps").toString())
        .isEqualTo("{\"answers\":1,\"promoters\":1,\"passives\":0,\"detractors\":0,\"score\":100}");
    // Requests: January c2 (chat), February c1 (email): change 100 * (1 - 1) / 1 = 0; per 1,000
    // active at the end: January 1 / 2 -> 500, February 1 / 1 -> 1,000.
    assertThat(line(lines, "2026-01", null).get("requests").toString()).isEqualTo("{\"opened\":1,"
        + "\"byChannel\":{\"chat\":1},\"byTag\":{},\"byPolicy\":{\"reply\":1},\"unpromised\":0,\"change\":null,"
        + "\"perThousandActive\":500}");
    assertThat(feb.get("requests").get("change").asDouble()).isZero();
    assertThat(feb.get("requests").get("perThousandActive").asLong()).isEqualTo(1000);
    assertThat(line(lines, "2026-03", null).get("csat").toString()).isEqualTo("{\"rated\":0,\"satisfied\":0,"
        + "\"share\":null,\"mean\":null,\"byChannel\":{},\"byPolicy\":{}}");
    // c1 kept, Ann churned 19 Feb, within (2 Feb, 4 Mar]; c2 broken, Bob churned 4 Feb within
    // (6 Jan, 5 Feb]: 1 of 1 each, far too few to say anything.
    JsonNode cost = lines.get(lines.size() - 1);
    assertThat(cost.get("brokenPromises").get("churnKept").get("n").asLong()).isEqualTo(1);
    assertThat(cost.get("brokenPromises").get("churnBroken").get("hits").asLong()).isEqualTo(1);
    assertThat(cost.get("verdict").asText()).isEqualTo(
        "CSAT not enough data (0 kept, 0 broken); churn not enough data (1 kept, 1 broken)");
    assertThat(run.err()).isEqualTo("cases: 2 evaluated (2 promised, 0 unpromised, 0 not yet opened), 0 rejected\n"
        + "read 9 lines, processed 9, rejected 0\n");
  }

  @Test
  void groupedActivitiesGiveTheSameFigures() throws IOException {
    String sorted = Files.writeString(dir.resolve("sorted.jsonl"), ACTIVITIES.lines().sorted().reduce("",
        (a, b) -> a + b + "\n")).toString();
    Run held = Run.of("measures", "-c", config, "--cases", cases, "-a", activities, "--as-of", AS_OF, "--format", "json");
    Run grouped = Run.of("measures", "-c", config, "--cases", cases, "-a", sorted, "--grouped-activities",
        "--as-of", AS_OF, "--format", "json", "--threads", "2");
    assertThat(grouped.exitCode()).isZero();
    assertThat(grouped.out()).isEqualTo(held.out());
  }

  @Test
  void printsATableWithTheVerdict() {
    Run run = Run.of("measures", "-c", config, "--cases", cases, "-a", activities, "--as-of", AS_OF);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("period   level  csat  rated  mean    nps  answers  active  new  repeat  churned   churn  opened   change\n")
        .contains("2026-02  all       -      0     -  100.0        1       1    0       1        2  100.0%       1     0.0%\n")
        .contains("2026-02  blue      -      0     -      -        0       0    0       0        1  100.0%       0  -100.0%\n")
        .endsWith("churn not enough data (1 kept, 1 broken)\n");
  }

  @Test
  void aConfigurationWithoutAMeasuresSectionIsRefused() {
    Run run = Run.of("measures", "-c", Run.SKYCLUB.toString().replace("skyclub", "horizon"), "--cases", cases,
        "--as-of", AS_OF);
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("has no \"measures\" section; see docs/measures.md");
  }

  @Test
  void theBundledExamplesAreMeasured() {
    Run sky = Run.of("measures", "-c", Run.SKYCLUB.toString(), "--cases", Samples.SKY_CASES, "-a",
        Samples.SKY_ACTIVITIES, "--customers", Samples.SKY_CUSTOMERS, "--as-of", Samples.AS_OF, "--format", "json");
    assertThat(sky.exitCode()).isZero();
    List<JsonNode> lines = Samples.records(sky.out());
    assertThat(lines.get(lines.size() - 1).has("verdict")).isTrue();
    assertThat(line(lines, "2026-03", null).get("requests").get("opened").asLong()).isEqualTo(15);
    Run shop = Run.of("measures", "-c", Run.SHOP.toString(), "--cases", Samples.SHOP_CASES, "-a",
        Samples.SHOP_ACTIVITIES, "--customers", Samples.SHOP_CUSTOMERS, "--as-of", Samples.AS_OF, "--format", "json");
    assertThat(shop.exitCode()).isZero();
    assertThat(Samples.records(shop.out())).extracting(l -> l.path("period").asText()).contains("2026-Q1");
  }

  @Test
  void aBadScoreOrAnswerIsABadLineAndTheOthersAreStillMeasured() throws IOException {
    String badActivities = Files.writeString(dir.resolve("bad-activities.jsonl"), ACTIVITIES
        + "{\"customer\":\"bob\",\"at\":\"2026-01-06T08:00:00Z\",\"kind\":\"survey\",\"nps\":11}\n").toString();
    String badCases = Files.writeString(dir.resolve("bad-cases.jsonl"), CASES
        + "{\"case\":\"c1\",\"at\":\"2026-02-03T10:00:00Z\",\"type\":\"satisfaction\",\"score\":6}\n").toString();

    Run run = Run.of("measures", "-c", config, "--cases", badCases, "-a", badActivities, "--as-of", AS_OF,
        "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err()).contains(badActivities + ":6: /nps: expected a whole number from 0 to 10, but was 11\n")
        .contains(badCases + ":5: ").contains("\"score\" must be a whole number from 1 to 5, but was 6")
        .endsWith("read 11 lines, processed 9, rejected 2\n");
    // the other lines give the figures of the clean run
    Run clean = Run.of("measures", "-c", config, "--cases", cases, "-a", activities, "--as-of", AS_OF, "--format", "json");
    assertThat(run.out()).isEqualTo(clean.out());
  }

  @Test
  void aCustomerWithAStatedLevelTheProgramLacksIsRejectedAndTheOthersMeasured() throws IOException {
    // without activities, levels are those the customers file states; "diamond" is not one of status's
    String customers = Files.writeString(dir.resolve("customers.jsonl"),
        "{\"customer\":\"ann\",\"tiers\":{\"status\":\"gold\"}}\n"
            + "{\"customer\":\"bob\",\"tiers\":{\"status\":\"diamond\"}}\n").toString();

    Run run = Run.of("measures", "-c", config, "--cases", cases, "--customers", customers, "--as-of", AS_OF,
        "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err()).contains(customers + ":0: customer \"bob\" (0 lines) not measured: ")
        .contains("level diamond is not one of the program's levels");
    // ann's case counts under gold (stated), bob's (never added) under the lowest level
    List<JsonNode> lines = Samples.records(run.out());
    assertThat(line(lines, "2026-02", "gold").get("requests").get("opened").asLong()).isEqualTo(1);
    assertThat(line(lines, "2026-01", "blue").get("requests").get("opened").asLong()).isEqualTo(1);
  }

  @Test
  void aCustomerWhoseActivitiesComeBackWithGroupedActivitiesIsRejectedNamingTheOption() {
    Run run = Run.of("measures", "-c", config, "--cases", cases, "-a", activities, "--grouped-activities",
        "--as-of", AS_OF, "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err()).contains("customer \"ann\" was already evaluated: with --grouped-activities each "
        + "customer's lines must be consecutive");
  }
}
