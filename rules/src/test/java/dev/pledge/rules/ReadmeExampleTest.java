package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first-screen example, run as written, with the output the README shows. */
class ReadmeExampleTest {

  @Test
  void theReadmeExamplePrintsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // --- README snippet (System.out replaced by out) ---
    Pledge pledge = Pledge.load(Path.of("src/test/resources/readme-program.json"));
    Customer anna = Customer.of("anna");
    List<Activity> flights = List.of(
        Activity.of("anna", Instant.parse("2026-02-10T08:00:00Z"), "flight").with("xp", 100),
        Activity.of("anna", Instant.parse("2026-05-04T16:30:00Z"), "flight").with("xp", 90));
    TierStatus status = pledge.tiers("status").evaluate(anna, flights, Instant.parse("2026-06-01T00:00:00Z"));
    out.println(status.level() + " since " + status.since() + ", valid until " + status.validUntil().orElseThrow());

    List<CaseEvent> events = List.of(   // opened Friday 17:30 in Warsaw, after hours; answered Monday 08:45
        CaseEvent.opened("c-1", Instant.parse("2026-06-05T15:30:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("c-1", Instant.parse("2026-06-08T06:45:00Z")));
    CustomerContext who = pledge.context(anna, flights, Instant.parse("2026-06-09T00:00:00Z")); // every program's level
    CaseOutcome outcome = pledge.sla().evaluate(events, who, Instant.parse("2026-06-09T00:00:00Z"));
    outcome.instances().forEach(i -> out.println(
        i.policy().id() + " " + i.metric() + ": " + i.state() + " in " + i.elapsed() + " of " + i.target()));
    // --- end of snippet ---

    // 100 + 90 = 190 xp >= 180 at the second flight: gold from then, through the end of 2027.
    // Working time from Fri 17:30 (closed; Friday ends 16:00) to Mon 08:45 = 45 minutes of 1 hour.
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        gold since 2026-05-04T16:30:00Z, valid until 2027-12-31
        gold-email first-response: achieved in PT45M of PT1H
        """);
  }
}
