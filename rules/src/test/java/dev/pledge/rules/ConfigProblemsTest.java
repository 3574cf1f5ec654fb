package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.config.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One edit of a valid document per case, across every section: the loader reports the exact
 * JSON Pointer and message, placed on a real line and column.
 */
class ConfigProblemsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("/pledge", "2",
            "/pledge", "must be 1 (the only format version), but was 2"),
        Arguments.of("/pledge", null,
            "/pledge", "is required"),
        Arguments.of("/pledge", "\"one\"",
            "/pledge", "must be a whole number >= 1, but was \"one\""),
        Arguments.of("/zone", "\"Mars/Base\"",
            "/zone", "must be a time zone id such as \"Europe/Warsaw\", but was \"Mars/Base\""),
        Arguments.of("/extra", "1",
            "/extra", "unknown property \"extra\"; expected one of: calendars, escalation, name, pledge, programs, ruleSets, servicePolicies, zone"),
        Arguments.of("/calendars/office/week/mnd", "[\"08:00-18:00\"]",
            "/calendars/office/week", "must be one of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\", but was \"mnd\""),
        Arguments.of("/calendars/office/week/mon/0", "\"8-18\"",
            "/calendars/office/week/mon", "must be working hours as \"HH:MM-HH:MM\" (24:00 allowed as an end), but was \"8-18\""),
        Arguments.of("/calendars/office/type", "\"weekly\"",
            "/calendars/office/type", "must be \"24x7\" or absent, but was \"weekly\""),
        Arguments.of("/calendars/always/week", "{}",
            "/calendars/always", "a \"24x7\" calendar is open at every instant and takes no week, holidays or dates"),
        Arguments.of("/calendars/office/holidays", "[\"2026-13-01\"]",
            "/calendars/office/holidays/0", "must be an ISO date such as \"2026-12-25\", but was \"2026-13-01\""),
        Arguments.of("/calendars/office/dates", "{\"tomorrow\": []}",
            "/calendars/office/dates", "must be an ISO date such as \"2026-12-25\", but was \"tomorrow\""),
        Arguments.of("/calendars/office/publicHolidays", "{\"region\": \"PL\"}",
            "/calendars/office/publicHolidays/region", "unknown property \"region\"; expected one of: country, subdivision"),
        Arguments.of("/programs/status/levels/2/qualify/atLeast", "\"lots\"",
            "/programs/status/levels/2/qualify/atLeast", "must be a number >= 0, but was \"lots\""),
        Arguments.of("/programs/status/levels/2/qualify/atLeast", "-5",
            "/programs/status/levels/2/qualify/atLeast", "must be a number >= 0, but was -5"),
        Arguments.of("/programs/status/levels/2/qualify/metric", "\"miles\"",
            "/programs/status/levels/2/qualify/metric", "unknown metric \"miles\"; this program defines: [n, xp]"),
        Arguments.of("/programs/status/levels/2/qualify/type", "\"metrics\"",
            "/programs/status/levels/2/qualify/type", "unknown condition type \"metrics\"; known types: all, any, attribute, breached, channel, customer-messages, customer-since, elapsed, line, metric, not, priority, reopened, segment, tag, tier, tier-at-least, transfers. If a module defines it, that module may be missing from the class path"),
        Arguments.of("/programs/status/levels/1/id", "\"gold\"",
            "/programs/status/levels/2/id", "level id \"gold\" is repeated; it was first used at /programs/status/levels/1"),
        Arguments.of("/programs/status/levels/0/qualify", "{\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":1}",
            "/programs/status/levels/0/qualify", "the base level (the first) is held by everyone and must not have \"qualify\" or \"lifetime\""),
        Arguments.of("/programs/status/levels/1/qualify", null,
            "/programs/status/levels/1", "every level above the base needs \"qualify\", unless it is listed in \"subscriptions\" (a paid-only level); it is missing"),
        Arguments.of("/programs/status/levels", "[]",
            "/programs/status/levels", "must not be empty"),
        Arguments.of("/programs/status/period/type", "\"lunar\"",
            "/programs/status/period/type", "must be one of \"calendar-year\", \"fixed-year\", \"membership-year\", \"since-level-change\", but was \"lunar\""),
        Arguments.of("/programs/status/period/start", "\"03-01\"",
            "/programs/status/period/start", "only a \"fixed-year\" period takes \"start\", but the type is \"calendar-year\""),
        Arguments.of("/programs/status/period", "{\"type\":\"fixed-year\"}",
            "/programs/status/period", "a \"fixed-year\" period needs \"start\" as \"MM-DD\" (such as \"03-01\")"),
        Arguments.of("/programs/status/metrics/xp", "{\"avg\": \"xp\"}",
            "/programs/status/metrics/xp", "a metric needs exactly one of [count, distinct, sum] (or a \"type\"), but has none. If a module defines the metric type, that module may be missing from the class path"),
        Arguments.of("/programs/status/metrics/xp/where", "{\"kind\": []}",
            "/programs/status/metrics/xp/where/kind", "must be a non-empty array of allowed values, but was an empty array"),
        Arguments.of("/programs/status/metrics/n/count", "false",
            "/programs/status/metrics/n/count", "must be true"),
        Arguments.of("/programs/status/rollover/metric", "\"miles\"",
            "/programs/status/rollover/metric", "unknown metric \"miles\"; this program defines: [xp, n]"),
        Arguments.of("/programs/status/challenges/platinum", "{\"days\": 30, \"qualify\": {\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":1}}",
            "/programs/status/challenges/platinum", "a challenge must name a level above the base level, one of [silver, gold], but was \"platinum\""),
        Arguments.of("/programs/status/challenges/gold/days", "0",
            "/programs/status/challenges/gold/days", "must be a whole number > 0, but was 0"),
        Arguments.of("/programs/status/downgrade/mode", "\"gentle\"",
            "/programs/status/downgrade/mode", "must be one of \"soft-landing\", \"to-qualified\", but was \"gentle\""),
        Arguments.of("/programs/status/validity", "\"forever\"",
            "/programs/status/validity", "must be one of \"next-period\", \"current-period\", but was \"forever\""),
        Arguments.of("/programs/status/validity", "{\"type\": \"next-period\", \"grace\": \"P0D\"}",
            "/programs/status/validity/grace", "must be a positive period such as \"P1M\", but was \"P0D\""),
        Arguments.of("/programs/status/validity", "{\"type\": \"current-period\", \"grace\": \"-P1M\"}",
            "/programs/status/validity/grace", "must be a positive period such as \"P1M\", but was \"P-1M\""),
        Arguments.of("/programs/status/validity", "{\"type\": \"next-period\", \"grace\": \"PT1H\"}",
            "/programs/status/validity/grace", "must be an ISO-8601 period such as \"P2Y\", but was \"PT1H\""),
        Arguments.of("/programs/status/validity", "{\"grace\": \"P1M\"}",
            "/programs/status/validity/type", "is required"),
        Arguments.of("/programs/status/validity", "{\"type\": \"forever\", \"grace\": \"P1M\"}",
            "/programs/status/validity/type", "must be one of \"next-period\", \"current-period\", but was \"forever\""),
        Arguments.of("/programs/status/levels/2/qualifyFrom", "{\"2027-13-01\": {\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":250}}",
            "/programs/status/levels/2/qualifyFrom/2027-13-01", "must be an ISO date such as \"2027-01-01\" (the first day from which the condition applies), but was \"2027-13-01\""),
        Arguments.of("/programs/status/levels/2/qualifyFrom", "{\"next year\": {\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":250}}",
            "/programs/status/levels/2/qualifyFrom/next year", "must be an ISO date such as \"2027-01-01\" (the first day from which the condition applies), but was \"next year\""),
        Arguments.of("/programs/status/levels/2/qualifyFrom", "{\"2027-01-01\": {\"type\":\"metric\",\"metric\":\"miles\",\"atLeast\":250}}",
            "/programs/status/levels/2/qualifyFrom/2027-01-01/metric", "unknown metric \"miles\"; this program defines: [n, xp]"),
        Arguments.of("/programs/status/levels/0/qualifyFrom", "{\"2027-01-01\": {\"type\":\"metric\",\"metric\":\"xp\",\"atLeast\":1}}",
            "/programs/status/levels/0/qualifyFrom", "the base level (the first) is held by everyone and must not have \"qualifyFrom\""),
        Arguments.of("/programs/status/subscriptions", "[\"diamond\"]",
            "/programs/status/subscriptions/0", "unknown level \"diamond\"; the levels are [base, silver, gold]"),
        Arguments.of("/programs/status/levels/2/qualify", "{\"type\":\"all\",\"of\":[]}",
            "/programs/status/levels/2/qualify/of", "\"all\" needs \"of\": a non-empty array of conditions, but was an empty array"),
        Arguments.of("/programs/status/levels/2/qualify", "{\"type\":\"not\",\"of\":[]}",
            "/programs/status/levels/2/qualify/of", "\"not\" needs \"of\": one condition object, but was an empty array"),
        Arguments.of("/programs/status/levels/2/qualify", "{\"metric\":\"xp\"}",
            "/programs/status/levels/2/qualify", "a condition needs a \"type\"; known types: all, any, attribute, breached, channel, customer-messages, customer-since, elapsed, line, metric, not, priority, reopened, segment, tag, tier, tier-at-least, transfers"),
        Arguments.of("/servicePolicies/0/calendar", "\"nights\"",
            "/servicePolicies/0/calendar", "unknown calendar \"nights\"; the calendars are [office, always]"),
        Arguments.of("/servicePolicies/0/targets/first-response", "\"an hour\"",
            "/servicePolicies/0/targets/first-response", "must be an ISO-8601 duration such as \"PT1H\" or \"P3D\", but was \"an hour\""),
        Arguments.of("/servicePolicies/0/targets/first-answer", "\"PT1H\"",
            "/servicePolicies/0/targets", "must be one of \"first-response\", \"next-response\", \"periodic-update\", \"resolution\", \"agent-work\", but was \"first-answer\""),
        Arguments.of("/servicePolicies/0/objective", "1.5",
            "/servicePolicies/0/objective", "must be a number <= 1, but was 1.5"),
        Arguments.of("/servicePolicies/0/objective", "0",
            "/servicePolicies/0/objective", "must be a number > 0, but was 0"),
        Arguments.of("/servicePolicies/1/id", "\"gold\"",
            "/servicePolicies/1/id", "policy id \"gold\" is repeated; it was first used at /servicePolicies/0"),
        Arguments.of("/servicePolicies/0/when/level", "\"diamond\"",
            "/servicePolicies/0/when/level", "unknown level \"diamond\" in program \"status\"; its levels are [base, silver, gold]"),
        Arguments.of("/servicePolicies/0/when/program", "\"miles\"",
            "/servicePolicies/0/when/program", "unknown program \"miles\"; the configuration defines: [status]"),
        Arguments.of("/servicePolicies/0/targets/first-response", "\"PT0S\"",
            "/servicePolicies/0/targets/first-response", "must be a positive duration, but was PT0S"),
        Arguments.of("/servicePolicies/0/targets", "{}",
            "/servicePolicies/0/targets", "must not be empty"),
        Arguments.of("/escalation/steps/0/when/metric", "\"happiness\"",
            "/escalation/steps/0/when/metric", "unknown promise metric \"happiness\"; expected one of [first-response, next-response, periodic-update, resolution, agent-work]"),
        Arguments.of("/escalation/steps/0/then/moveToLine", "7",
            "/escalation/steps/0/then/moveToLine", "must be a whole number <= 3, but was 7"),
        Arguments.of("/escalation/steps/0/then/compensate", "{\"program\":\"miles\",\"activity\":{\"kind\":\"goodwill\"}}",
            "/escalation/steps/0/then/compensate/program", "unknown program \"miles\"; the programs are [status]"),
        Arguments.of("/escalation/lines/1", "{\"level\": 1, \"name\": \"again\"}",
            "/escalation/lines/1/level", "line 1 is defined twice; first at /escalation/lines/0"),
        Arguments.of("/escalation/entry/0/line", "\"one\"",
            "/escalation/entry/0/line", "must be a whole number >= 0, but was \"one\""),
        Arguments.of("/ruleSets/routing/mode", "\"some\"",
            "/ruleSets/routing/mode", "must be one of \"first\", \"all\", but was \"some\""),
        Arguments.of("/ruleSets/routing/rules/1/id", "\"vip\"",
            "/ruleSets/routing/rules/1/id", "rule id \"vip\" is repeated; first at /ruleSets/routing/rules/0"),
        Arguments.of("/ruleSets/routing/rules/0/when/in", "[]",
            "/ruleSets/routing/rules/0/when/in", "must not be empty"),
        Arguments.of("/ruleSets/routing/rules/0/then", null,
            "/ruleSets/routing/rules/0/then", "is required"),
        Arguments.of("/ruleSets/routing/rules/0/when", "{\"type\":\"sentiment\",\"atLeast\":1}",
            "/ruleSets/routing/rules/0/when/type", "unknown condition type \"sentiment\"; known types: all, any, attribute, breached, channel, customer-messages, customer-since, elapsed, line, metric, not, priority, reopened, segment, tag, tier, tier-at-least, transfers. If a module defines it, that module may be missing from the class path"),
        Arguments.of("/ruleSets/routing/rules/0/when", "{\"type\":\"attribute\",\"name\":\"country\"}",
            "/ruleSets/routing/rules/0/when", "needs exactly one of \"in\" and \"equals\""),
        Arguments.of("/ruleSets/routing/rules/0/when", "{\"type\":\"customer-since\",\"atLeast\":\"two years\"}",
            "/ruleSets/routing/rules/0/when/atLeast", "must be an ISO-8601 period such as \"P2Y\", but was \"two years\""));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("cases")
  void reportsThePointerAndTheMessage(String edit, String value, String pointer, String message) {
    List<Problem> problems = ConfigFixture.problems(ConfigFixture.edit(edit, value));

    assertThat(problems).extracting(Problem::pointer, Problem::message).contains(tuple(pointer, message));
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
  }
}
