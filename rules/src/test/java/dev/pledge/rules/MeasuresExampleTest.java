package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Activity;
import dev.pledge.customer.Customer;
import dev.pledge.measure.Measures;
import dev.pledge.measure.MeasuresReport;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.tier.TierProgram;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Java example of docs/measures.md, run as written (with the SkyClub example's path). */
class MeasuresExampleTest {
  @Test
  void theMeasuresExampleRuns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // --- docs/measures.md snippet (System.out replaced by out) ---
    Pledge pledge = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json"));
    Instant asOf = Instant.parse("2026-03-31T00:00:00Z");
    Measures measures = pledge.measures(asOf);      // as the "measures" section says
    TierProgram status = pledge.tiers("status");    // the program it breaks down by

    Customer anna = Customer.of("anna");            // every customer: activities and status
    List<Activity> annas = List.of(
        Activity.of("anna", Instant.parse("2026-01-10T08:00:00Z"), "flight").with("xp", 100),
        Activity.of("anna", Instant.parse("2026-03-10T12:00:00Z"), "survey").with("nps", 9));
    measures.addCustomer("anna", annas, Optional.of(status.evaluate(anna, annas, asOf)));

    List<CaseEvent> k01 = List.of(                  // every case: events and promise outcome
        CaseEvent.opened("k01", Instant.parse("2026-03-02T09:00:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("k01", Instant.parse("2026-03-02T09:40:00Z")),
        CaseEvent.satisfaction("k01", Instant.parse("2026-03-03T10:00:00Z"), 5));
    CaseOutcome outcome = pledge.sla().evaluate(k01, pledge.context(anna, annas, asOf), asOf);
    measures.addCase(k01, outcome);

    MeasuresReport report = measures.report();
    report.overall().forEach(p -> out.println(p.period() + ": active " + p.customers().active()
        + ", NPS answers " + p.nps().answers() + ", rated cases " + p.csat().rated()));
    out.println(report.brokenPromises().verdict());
    // --- end of snippet ---

    // Anna flies on 10 January (active for 180 days), answers 9 in March and rates k01 5 in March.
    // k01 is never solved: by 31 March one of its promises has broken.
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        2026-01: active 1, NPS answers 0, rated cases 0
        2026-02: active 1, NPS answers 0, rated cases 0
        2026-03: active 1, NPS answers 1, rated cases 1
        CSAT not enough data (0 kept, 1 broken); churn not enough data (0 kept, 0 broken)
        """);
  }
}
