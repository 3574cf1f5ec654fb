package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.plan.Demand;
import dev.pledge.plan.Staffing;
import dev.pledge.plan.StaffingInterval;
import dev.pledge.plan.StaffingPlan;
import dev.pledge.plan.WeekProfile;
import dev.pledge.sla.ServicePolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java example of docs/planning.md, run as written (with the SkyClub example's path). */
class PlanningExampleTest {
  @Test
  void theStaffingExampleRuns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // --- docs/planning.md snippet (System.out replaced by out) ---
    Pledge pledge = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json"));
    ServicePolicy phone = pledge.sla().policy("platinum-phone").orElseThrow(); // answered within 15 min, 98 %
    Staffing staffing = Staffing.builder().aht(Duration.ofMinutes(6)).policy(phone).shrinkage("0.3").build();

    Instant ten = Instant.parse("2026-11-27T10:00:00Z");          // Black Friday: 120 calls in half an hour
    StaffingInterval peak = staffing.interval(new Demand(ten, ten.plus(Duration.ofMinutes(30)), 120));
    out.println(peak.agents() + " agents, " + peak.staff() + " staff: service level " + peak.serviceLevel()
        + ", ASA " + peak.asa() + ", occupancy " + peak.occupancy());

    // From history: when the policy's cases opened, per half hour of the week in its calendar's zone
    WeekProfile.Builder history = WeekProfile.builder(Duration.ofMinutes(30), phone.calendar().zone());
    List.of("2026-11-02T10:05:00Z", "2026-11-09T10:10:00Z", "2026-11-09T10:20:00Z")
        .forEach(at -> history.add(Instant.parse(at)));
    StaffingPlan week = staffing.plan(history.build().week(LocalDate.of(2026, 11, 23)));
    StaffingInterval worst = week.worst().orElseThrow();
    out.println(worst.from() + ": " + worst.arrivals() + " calls, " + worst.staff() + " staff; "
        + week.agentHours() + " agent-hours in the week");
    // --- end of snippet ---

    // A = 120 × 6 min / 30 min = 24 Erlangs; 26 / 0.7 = 37.1: 38 staff. History: 3 calls in the
    // Monday 10:00 half hour over 2 weeks, 1.5 a week: A = 0.3, 2 agents (1 answers 94.8 % in time), 3 staff.
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        26 agents, 38 staff: service level 0.9959795854111823, ASA PT1M47.402837405S, occupancy 0.9230769230769231
        2026-11-23T10:00:00Z: 1.5 calls, 3 staff; 1.5 agent-hours in the week
        """);
  }
}
