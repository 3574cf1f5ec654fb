package dev.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.config.ConfigException;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.escalation.DueStep;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.MetricInstance;
import dev.pledge.testrules.TestRuleModule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facade over a loaded configuration, tested in core with core's test rule module
 * (src/test/resources/core-test.json: a 24x7 calendar, a two-level program, two promises, one
 * escalation step, two rule sets).
 */
class PledgeTest {
  private static final Path CONFIG = Path.of("src/test/resources/core-test.json");
  private static final Instant AS_OF = Instant.parse("2026-06-01T12:00:00Z");

  private static Pledge.Builder builder() {
    return Pledge.builder().withoutDiscovery().module(new TestRuleModule());
  }

  private static final Pledge PLEDGE = builder().load(CONFIG);

  @Test
  void everyWayOfLoadingReadsTheSameDocument() throws Exception {
    String json = Files.readString(CONFIG);
    for (Pledge p : List.of(PLEDGE, builder().loadJson(json),
        builder().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bytes"),
        builder().loadResource("core-test.json"), builder().loadResource(PledgeTest.class, "/core-test.json"))) {
      assertThat(p.name()).isEqualTo("core test");
      assertThat(p.modules()).containsExactly("core-tests");
      assertThat(p.calendarNames()).containsExactly("always");
      assertThat(p.tierNames()).containsExactly("status");
      assertThat(p.ruleSetNames()).containsExactlyInAnyOrder("route", "tags");
      assertThat(p.sla().policies()).hasSize(2);
    }
  }

  @Test
  void withoutTheModuleItsTypesAreUnknownAndSaidToBe() {
    assertThatThrownBy(() -> Pledge.builder().withoutDiscovery().load(CONFIG))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("/programs/status/metrics/xp")
        .hasMessageContaining("total");
  }

  @Test
  void aMissingNameIsNamedWithWhatTheConfigurationDefines() {
    assertThatThrownBy(() -> PLEDGE.calendar("office")).isInstanceOf(PledgeException.class)
        .hasMessage("no calendar named \"office\"; the configuration defines [always]");
    assertThatThrownBy(() -> PLEDGE.tiers("miles")).isInstanceOf(PledgeException.class)
        .hasMessage("no tier program named \"miles\"; the configuration defines [status]");
    assertThatThrownBy(() -> PLEDGE.ruleSet("nope")).isInstanceOf(PledgeException.class)
        .hasMessageStartingWith("no rule set named \"nope\"; the configuration defines");
    assertThat(PLEDGE.findCalendar("office")).isEmpty();
    assertThat(PLEDGE.findTiers("status")).isPresent();
  }

  @Test
  void contextHoldsTheLevelOfEveryProgram() {
    Customer anna = Customer.of("anna");
    List<Activity> activities = List.of(
        Activity.of("anna", Instant.parse("2026-02-01T10:00:00Z"), "flight").with("xp", 60),
        Activity.of("anna", Instant.parse("2026-03-01T10:00:00Z"), "hotel").with("xp", 500),
        Activity.of("anna", Instant.parse("2026-04-01T10:00:00Z"), "flight").with("xp", 40));
    // Flights only: 60 + 40 = 100 xp >= 100 on 1 April (the hotel's 500 xp is not a flight): gold.
    assertThat(PLEDGE.context(anna, activities, AS_OF))
        .isEqualTo(new CustomerContext(anna, Map.of("status", "gold")));
    // Before the second flight only 60 xp and 1 flight: blue.
    assertThat(PLEDGE.context(anna, activities, Instant.parse("2026-03-15T00:00:00Z")).levels())
        .isEqualTo(Map.of("status", "blue"));
  }

  @Test
  void evaluateCaseMeasuresThePromisesAndFindsTheStepsDue() {
    CustomerContext gold = new CustomerContext(Customer.of("anna"), Map.of("status", "gold"));
    List<CaseEvent> events = List.of(
        CaseEvent.opened("c1", Instant.parse("2026-06-01T09:00:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("c1", Instant.parse("2026-06-01T10:30:00Z")));
    CaseResult result = PLEDGE.evaluateCase(events, gold, AS_OF);

    // gold-email on a 24x7 calendar: first response due 09:00 + 1 h = 10:00, answered 10:30:
    // breached after 1 h 30 min; resolution running since 09:00, 3 h of 8 h used at 12:00, due 17:00.
    assertThat(result.outcome().instances()).extracting(i -> i.metric().wireName(), MetricInstance::elapsed,
            i -> i.state().wireName())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("first-response", Duration.ofMinutes(90), "breached"),
            org.assertj.core.groups.Tuple.tuple("resolution", Duration.ofHours(3), "active"));
    // The step "late" fell due at the first response's deadline, 10:00, and moved the case to line 2;
    // the next first-response instance would only start with a customer message: nothing more is due.
    assertThat(result.escalations().due()).extracting(DueStep::step, DueStep::dueAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("late", Instant.parse("2026-06-01T10:00:00Z")));
    assertThat(result.escalations().line()).isEqualTo(2);
    assertThat(result.escalations().nextCheckAt()).isEmpty();
    assertThat(result.outcome()).isEqualTo(PLEDGE.sla().evaluate(events, gold, AS_OF));
    assertThat(result.escalations()).isEqualTo(PLEDGE.escalation().evaluate(events, gold, AS_OF));
  }

  @Test
  void anUrgentCaseEntersOnLineTwoAndTheDefaultPolicyHoldsForOthers() {
    CustomerContext blue = CustomerContext.of(Customer.of("bob"));
    List<CaseEvent> events = List.of(
        CaseEvent.opened("c2", Instant.parse("2026-06-01T09:00:00Z"), "bob", "phone", "urgent"));
    CaseResult result = PLEDGE.evaluateCase(events, blue, AS_OF);
    // default: first response in 4 h, due 13:00; at 12:00 it has run 3 h.
    assertThat(result.outcome().instances()).singleElement().satisfies(i -> {
      assertThat(i.policy().id()).isEqualTo("default");
      assertThat(i.deadline()).contains(Instant.parse("2026-06-01T13:00:00Z"));
    });
    assertThat(result.escalations().line()).isEqualTo(2);
    assertThat(result.escalations().due()).isEmpty();
    assertThat(result.escalations().nextCheckAt()).contains(Instant.parse("2026-06-01T13:00:00Z"));
  }
}
