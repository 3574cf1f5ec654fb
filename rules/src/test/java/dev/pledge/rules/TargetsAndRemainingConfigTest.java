package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.Pledge;
import dev.pledge.config.Problem;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A target as an object ({@code within}, {@code pauseOn}) and the {@code remaining} condition,
 * loaded from JSON: what they become, and every misuse reported at its pointer.
 */
class TargetsAndRemainingConfigTest {

  private static ServicePolicy rest(String json) {
    return Pledge.builder().loadJson(json).sla().policies().get(1);
  }

  @Test
  void anObjectTargetSetsItsPauseStatusesAndTheStringFormKeepsTheDefault() {
    String json = ConfigFixture.edit("/servicePolicies/1/targets", """
        {"resolution": {"within": "P3D", "pauseOn": ["pending", "on-hold"]},
         "first-response": {"within": "PT2H", "pauseOn": []},
         "agent-work": {"within": "P1D"},
         "next-response": "PT4H"}""");
    ServicePolicy p = rest(json);
    assertThat(p.target(Metric.RESOLUTION)).contains(Duration.ofDays(3));
    assertThat(p.pauseOn(Metric.RESOLUTION)).containsExactlyInAnyOrder(CaseStatus.PENDING, CaseStatus.ON_HOLD);
    assertThat(p.pauseOn(Metric.FIRST_RESPONSE)).isEmpty();
    // An object without pauseOn, and the string form: the metric's default.
    assertThat(p.pauseOn(Metric.AGENT_WORK)).containsExactlyInAnyOrder(CaseStatus.PENDING, CaseStatus.ON_HOLD);
    assertThat(p.pauseOn(Metric.NEXT_RESPONSE)).isEmpty();
    assertThat(rest(ConfigFixture.BASE).pauseOn(Metric.RESOLUTION)).containsExactly(CaseStatus.PENDING);
  }

  /** The problems of the base document with the rest policy's targets replaced by {@code targets}. */
  private static java.util.List<Problem> problems(String targets) {
    return ConfigFixture.problems(ConfigFixture.edit("/servicePolicies/1/targets", targets));
  }

  @Test
  void pauseOnMayListOnlyPendingAndOnHoldAndEachOnce() {
    String at = "/servicePolicies/1/targets/";
    assertThat(problems("{\"resolution\": {\"within\": \"P3D\", \"pauseOn\": [\"pending\", \"waiting\"]}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "resolution/pauseOn/1",
            "must be one of \"open\", \"pending\", \"on-hold\", \"solved\", \"closed\", but was \"waiting\""));
    assertThat(problems("{\"first-response\": {\"within\": \"PT2H\", \"pauseOn\": [\"open\"]}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "first-response/pauseOn/0",
            "only pending or on-hold can pause a metric, not open"));
    assertThat(problems("{\"agent-work\": {\"within\": \"P1D\", \"pauseOn\": [\"on-hold\", \"solved\"]}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "agent-work/pauseOn/1",
            "only pending or on-hold can pause a metric, not solved"));
    assertThat(problems("{\"next-response\": {\"within\": \"PT1H\", \"pauseOn\": [\"closed\"]}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "next-response/pauseOn/0",
            "only pending or on-hold can pause a metric, not closed"));
    assertThat(problems("{\"periodic-update\": {\"within\": \"PT1H\", \"pauseOn\": [\"pending\", \"pending\"]}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "periodic-update/pauseOn/1",
            "pending is listed twice"));
    // Two bad targets of one policy are both reported when both reach the builder.
    assertThat(problems("{\"first-response\": {\"within\": \"PT2H\", \"pauseOn\": [\"open\"]},"
        + " \"resolution\": {\"within\": \"P1D\", \"pauseOn\": [\"solved\"]}}"))
        .extracting(Problem::pointer).containsExactlyInAnyOrder(at + "first-response/pauseOn/0", at + "resolution/pauseOn/0");
  }

  @Test
  void withinMustBeAPositiveDurationAndAnObjectNeedsIt() {
    String at = "/servicePolicies/1/targets/";
    assertThat(problems("{\"resolution\": {\"within\": \"3 days\", \"pauseOn\": []}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "resolution/within",
            "must be an ISO-8601 duration such as \"PT1H\" or \"P3D\", of at most 100 years, but was \"3 days\""));
    assertThat(problems("{\"resolution\": {\"within\": \"PT0S\", \"pauseOn\": []}}"))
        .extracting(Problem::pointer, Problem::message).containsExactly(tuple(at + "resolution/within",
            "must be a positive duration of at most 100 years, but was PT0S"));
    assertThat(problems("{\"resolution\": {\"pauseOn\": []}}")).extracting(Problem::pointer)
        .containsExactly(at + "resolution/within");
    assertThat(problems("{\"resolution\": {\"within\": \"PT1H\", \"alarm\": true}}")).extracting(Problem::pointer)
        .containsExactly(at + "resolution/alarm");
    assertThat(problems("{\"resolution\": 7}")).extracting(Problem::pointer).containsExactly(at + "resolution");
    assertThat(problems("{\"resolution\": \"PT0S\"}")).extracting(Problem::pointer, Problem::message)
        .containsExactly(tuple(at + "resolution", "must be a positive duration of at most 100 years, but was PT0S"));
  }

  @Test
  void remainingNeedsAKnownMetricAndATimeLeftThatIsNotNegative() {
    String json = ConfigFixture.edit("/escalation/steps", """
        [{"id": "a", "when": {"type": "remaining", "metric": "resolution", "atMost": "-PT30M"}, "then": {"notify": ["x"]}},
         {"id": "b", "when": {"type": "remaining", "metric": "lunch", "atMost": "PT30M"}, "then": {"notify": ["x"]}},
         {"id": "c", "when": {"type": "remaining", "metric": "resolution", "atMost": "soon"}, "then": {"notify": ["x"]}},
         {"id": "d", "when": {"type": "remaining", "metric": "resolution"}, "then": {"notify": ["x"]}},
         {"id": "e", "when": {"type": "remaining", "metric": "resolution", "atMost": "PT0S"}, "then": {"notify": ["x"]}}]""");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/escalation/steps/0/when/atMost", "/escalation/steps/1/when/metric", "/escalation/steps/2/when/atMost",
        "/escalation/steps/3/when/atMost");
    assertThat(ConfigFixture.problems(json)).extracting(Problem::message)
        .contains("must be a duration >= PT0S (the working time left), but was PT-30M");
  }
}
