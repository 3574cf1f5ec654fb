package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.Pledge;
import dev.pledge.config.Problem;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reproducers of issue 14 ("bad input never escapes") on the configuration: every one is a
 * {@code ConfigException} whose problems have a pointer, a line and column and Pledge's own words,
 * and one problem never hides another that does not depend on it.
 */
class HostileConfigTest {
  private static final String NUMBER = "\"@number@\"";

  /** The base document with {@code number} written as it is (a JSON number) at {@code pointer}. */
  private static String withNumber(String pointer, String number) {
    return ConfigFixture.edit(pointer, NUMBER).replace(NUMBER, number);
  }

  private static void assertInPledgesWords(List<Problem> problems) {
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.line()).as("line of %s", p).isPositive();
      assertThat(p.column()).as("column of %s", p).isPositive();
      assertThat(p.message()).doesNotContain("Jackson", "Feature", "StreamReadConstraints", "`", "Source:",
          "java.", "Cannot ");
      assertThat(p.message().length()).as("length of %s", p).isLessThan(400);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/servicePolicies/0/objective|1e-2147483648",
      "/servicePolicies/0/objective|1e2147483648",
      "/programs/status/levels/1/qualify/atLeast|1e99999999",
      "/programs/status/rollover/max|1e-999999999",
      "/escalation/steps/0/when/atLeast|1e308",
      "/programs/status/levels/2/qualify/atLeast|-1E+0101"})
  void aNumberOutOfRangeIsAProblemAtItsPlace(String pointer, String number) {
    List<Problem> problems = ConfigFixture.problems(withNumber(pointer, number));
    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(tuple(pointer,
        "the number " + number + " is out of range: Pledge reads numbers of at most 64 digits between 1e-100 and"
            + " 1e100 in size (or 0)"));
    assertInPledgesWords(problems);
  }

  @Test
  void numbersAtTheEdgesOfTheRangeLoadAndEvaluate() {
    // 1e100 as a share of the target: never reached (saturated, not an overflow); 1e-100 as a
    // threshold: reached by any activity.
    String json = withNumber("/escalation/steps/0/when/atLeast", "1e100");
    json = json.replace("\"atLeast\" : 100", "\"atLeast\" : 1e-100");
    Pledge pledge = Pledge.builder().loadJson(json);
    CustomerContext anna = CustomerContext.of(Customer.of("anna"));
    Instant opened = Instant.parse("2026-03-02T09:00:00Z");
    var e = pledge.escalation().evaluate(List.of(CaseEvent.opened("c", opened, "anna", "email", "normal")), anna,
        opened.plusSeconds(86_400L * 365));
    assertThat(e.due()).isEmpty();
  }

  @Test
  void aDurationBeyondAHundredYearsIsRefusedWhereItIsWritten() {
    // PT87600000H is 10,000 years: it loaded, then overflowed while measuring.
    List<Problem> problems = ConfigFixture.problems(
        ConfigFixture.edit("/servicePolicies/1/targets/resolution", "\"PT87600000H\""));
    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(tuple(
        "/servicePolicies/1/targets/resolution",
        "must be an ISO-8601 duration such as \"PT1H\" or \"P3D\", of at most 100 years, but was \"PT87600000H\""));
    assertInPledgesWords(problems);
  }

  @Test
  void aHugeValueIsShownByItsStartAndItsLength() {
    String zone = "Europe/" + "x".repeat(1_000_000);
    List<Problem> problems = ConfigFixture.problems(ConfigFixture.edit("/zone", "\"" + zone + "\""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/zone");
      assertThat(p.message()).contains("\"Europe/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (1000007 characters)\"");
    });
    assertInPledgesWords(problems);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> syntaxErrors() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1, \"zone\": NaN}", 1, 26,
            "NaN is not a JSON number; write a number such as 1.5"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1,\n \"calendars\": {\"a\": {\"type\": \"24x7\"}", 2, 37,
            "the text ends before the object opened at line 2, column 15 is closed"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1, \"ruleSets\": [1, 2}", 1, 32,
            "'}' cannot close the array opened at column 27; expected ']'"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1, \"zone\": \"UTC}", 1, 28,
            "the text ends inside a string (a closing \" is missing)"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1 \"zone\": 2}", 1, 14,
            "unexpected '\"': expected ',' or '}' after a value in the object opened at column 1"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 01}", 1, 13,
            "a number must not start with 0 (write 7, not 07)"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": 1,}", 1, 14,
            "unexpected '}': expected a key in double quotes (a ',' before '}' is not allowed)"),
        org.junit.jupiter.params.provider.Arguments.of("{\"pledge\": tru}", 1, 15,
            "unknown word \"tru\"; expected a value (a string, number, object, array, true, false or null)"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("syntaxErrors")
  void syntaxErrorsAreSaidInPledgesWordsWithTheirPlace(String json, int line, int column, String message) {
    List<Problem> problems = ConfigFixture.problems(json);
    assertThat(problems).extracting(Problem::line, Problem::column, Problem::message)
        .containsExactly(tuple(line, column, message));
    assertInPledgesWords(problems);
  }

  @Test
  void limitsAreSaidInPledgesWordsWithTheirPlace() {
    assertThat(ConfigFixture.problems("{\"pledge\": 1, \"x\": " + "[".repeat(100) + "]".repeat(100) + "}"))
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(1, "objects and arrays nest deeper than 64 levels"));
    assertThat(ConfigFixture.problems("{\"pledge\": " + "1".repeat(80) + "}")).extracting(Problem::message)
        .containsExactly("a number is longer than 64 characters");
    assertThat(ConfigFixture.problems("{\"pledge\": 1, \"name\": \"" + "y".repeat((1 << 20) + 1) + "\"}"))
        .extracting(Problem::message).containsExactly("a string is longer than 1048576 characters");
  }

  @Test
  void aBadTopLevelValueHidesNothingElse() {
    // "zone": "UTC+25:00" used to hide every other problem, here the objective of 7.
    String json = ConfigFixture.edit("/zone", "\"UTC+25:00\"");
    json = json.replace("\"objective\" : 0.95", "\"objective\" : 7");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer)
        .containsExactly("/zone", "/servicePolicies/0/objective");
  }

  @Test
  void aBadObjectiveHidesNoUnknownLevelInTheSamePolicy() {
    String json = ConfigFixture.edit("/servicePolicies/0/objective", "7");
    json = json.replace("\"level\" : \"gold\"", "\"level\" : \"diamond\"");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer)
        .containsExactly("/servicePolicies/0/when/level", "/servicePolicies/0/objective");
  }

  @Test
  void aBadPeriodHidesNoProblemInTheLevels() {
    String json = ConfigFixture.edit("/programs/status/period", "{\"type\": \"weekly\"}");
    json = ConfigFixture.edit(json, "/programs/status/levels/2/qualify/metric", "\"miles\"");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer)
        .contains("/programs/status/period/type", "/programs/status/levels/2/qualify/metric");
  }

  @Test
  void aBadLineHidesNoUnknownMetricInTheSteps() {
    String json = ConfigFixture.edit("/escalation/lines/0/level", "9");
    String both = ConfigFixture.edit(json, "/escalation/steps/1", "{\"id\": \"late\", \"when\": {\"type\":"
        + " \"breached\", \"metric\": \"lunch\"}, \"then\": {\"notify\": [\"lead\"]}}");
    assertThat(ConfigFixture.problems(both)).extracting(Problem::pointer)
        .contains("/escalation/lines/0/level", "/escalation/steps/1/when/metric");
  }

  @Test
  void anExplicitNullReadsAsAbsentEverywhere() {
    Pledge pledge = Pledge.builder().loadJson(ConfigFixture.edit("/escalation", "null"));
    assertThat(pledge.escalation().policy().steps()).isEmpty();
    assertThat(Pledge.builder().loadJson(ConfigFixture.edit("/servicePolicies/0/when", "null")).sla().policies()
        .get(0).when()).isEmpty();
    Pledge.builder().loadJson(ConfigFixture.edit("/programs/status/metrics/xp/where", "null"));
    Pledge.builder().loadJson(ConfigFixture.edit("/escalation/entry/0/when", "null"));
    Pledge.builder().loadJson(ConfigFixture.edit("/programs/status/levels/1/lifetime", "null"));
    assertThat(ConfigFixture.problems(ConfigFixture.edit("/programs/status/levels/1/qualify", "null")))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple("/programs/status/levels/1",
            "every level above the base needs \"qualify\", unless it is listed in \"subscriptions\" (a paid-only"
                + " level); it is missing"));
  }

  @Test
  void blankNamesAreProblemsWithTheirPointers() {
    String json = ConfigFixture.edit("/calendars/ ", "{\"type\": \"24x7\"}");
    json = ConfigFixture.edit(json, "/programs/status/metrics/", "{\"count\": true}");
    json = ConfigFixture.edit(json, "/programs/", "{}");
    List<Problem> problems = ConfigFixture.problems(json);
    assertThat(problems).extracting(Problem::pointer, Problem::message).contains(
        tuple("/calendars/ ", "a calendar's name must not be blank, but was \" \""),
        tuple("/programs/", "a program's name must not be blank, but was \"\""),
        tuple("/programs/status/metrics/", "a metric's name must not be blank, but was \"\""));
    assertInPledgesWords(problems);
    List<Problem> dates = ConfigFixture.problems(ConfigFixture.edit("/calendars/office/dates",
        "{\"\": [\"09:00-12:00\"]}"));
    assertThat(dates).extracting(Problem::pointer, Problem::message)
        .containsExactly(tuple("/calendars/office/dates/", "a date must not be blank, but was \"\""));
  }
}
