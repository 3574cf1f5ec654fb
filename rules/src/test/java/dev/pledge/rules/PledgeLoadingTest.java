package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.CaseResult;
import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.config.ConfigException;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.customer.Activity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ways to load a configuration, and the calls that spare a user the wiring between engines. */
class PledgeLoadingTest {
  private static final Path FILE = Path.of("src/test/resources/readme-program.json");

  @Test
  void aFileAResourceAStreamAndJsonTextLoadTheSameDocument() throws Exception {
    String json = Files.readString(FILE);
    List<Pledge> loaded = List.of(
        Pledge.load(FILE),
        Pledge.loadResource("readme-program.json"),
        Pledge.builder().loadResource(PledgeLoadingTest.class, "/readme-program.json"),
        Pledge.builder().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "request body"),
        Pledge.loadJson(json));
    for (Pledge p : loaded) {
      assertThat(p.tierNames()).containsExactly("status");
      assertThat(p.calendarNames()).containsExactly("office");
    }
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> Pledge.loadResource("no-such.json"))
        .isExactlyInstanceOf(PledgeException.class)
        .hasMessage("no configuration at classpath:no-such.json: there is no such resource on the class path");
  }

  @Test
  void problemsInAStreamNameItsSource() {
    String bad = "{ \"pledge\": 1,\n  \"zone\": \"Mars/Olympus\" }";
    assertThatThrownBy(() -> Pledge.builder()
        .load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "request body"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("request body")
        .hasMessageContaining("2:");
  }

  @Test
  void aFileNameGivenAsJsonTextSaysItIsNotJson() {
    // The confusion this API removes: load(String) used to read JSON text, so a file name failed
    // with Jackson's "Unrecognized token". Now a String is only ever JSON text, under loadJson.
    assertThatThrownBy(() -> Pledge.loadJson("program.json"))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void contextHoldsTheLevelOfEveryProgram() {
    Pledge pledge = Pledge.load(FILE);
    Customer anna = Customer.of("anna");
    List<Activity> flights = List.of(
        Activity.of("anna", Instant.parse("2026-02-10T08:00:00Z"), "flight").with("xp", 100),
        Activity.of("anna", Instant.parse("2026-05-04T16:30:00Z"), "flight").with("xp", 90),
        Activity.of("bob", Instant.parse("2026-05-05T10:00:00Z"), "flight").with("xp", 500));
    // 100 + 90 = 190 >= 180: gold; bob's 500 xp are not anna's.
    assertThat(pledge.context(anna, flights, Instant.parse("2026-06-01T00:00:00Z")))
        .isEqualTo(new CustomerContext(anna, Map.of("status", "gold")));
    assertThat(pledge.context(Customer.of("carl"), List.of(), Instant.parse("2026-06-01T00:00:00Z")).levels())
        .isEqualTo(Map.of("status", "blue"));
  }

  @Test
  void evaluateCaseGivesTheOutcomeAndTheEscalationsOfTheSameCase() {
    Pledge pledge = Pledge.load(FILE);
    CustomerContext gold = new CustomerContext(Customer.of("anna"), Map.of("status", "gold"));
    List<CaseEvent> events = List.of(
        CaseEvent.opened("c-1", Instant.parse("2026-06-05T15:30:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("c-1", Instant.parse("2026-06-08T06:45:00Z")));
    Instant asOf = Instant.parse("2026-06-09T00:00:00Z");
    CaseResult result = pledge.evaluateCase(events, gold, asOf);
    assertThat(result.outcome()).isEqualTo(pledge.sla().evaluate(events, gold, asOf));
    assertThat(result.escalations()).isEqualTo(pledge.escalation().evaluate(events, gold, asOf));
    assertThat(result.outcome().instances()).singleElement()
        .satisfies(i -> assertThat(i.elapsed()).hasMinutes(45));
  }
}
