package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ALWAYS;
import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An event exactly at {@code asOf} takes effect, a status change as much as a reply (the two
 * disagreements with the help desks' SLA suites were this one bug). Calendar 24x7, resolution in
 * 4 hours; opened Mon 10:00, pending 10:30, open again 11:00.
 */
class EventAtAsOfTest {
  private static final SlaEngine ENGINE = SlaEngine.of(List.of(ServicePolicy.builder("p")
      .calendar(ALWAYS).target(Metric.RESOLUTION, Duration.ofHours(4)).objective("0.9").build()));
  private static final List<CaseEvent> EVENTS = List.of(opened("Mon 10:00", "normal"),
      status("Mon 10:30", CaseStatus.PENDING), status("Mon 11:00", CaseStatus.OPEN));

  private static MetricInstance resolutionAt(Instant asOf) {
    return ENGINE.evaluate(EVENTS, ANNA, asOf).instances().get(0);
  }

  @Test
  void aPauseAtAsOfHasPausedTheClock() {
    // At 10:30 the case has just gone pending: 30 min elapsed, paused, no deadline; as 1 ns later.
    MetricInstance at = resolutionAt(at("Mon 10:30"));
    assertThat(at.state()).isEqualTo(InstanceState.PAUSED);
    assertThat(at.deadline()).isEmpty();
    assertThat(at.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(resolutionAt(at("Mon 10:30").plusNanos(1)).state()).isEqualTo(InstanceState.PAUSED);
  }

  @Test
  void aResumeAtAsOfRunsTheClockWithTheDeadlineMovedByThePause() {
    // At 11:00 it runs again: 30 min used, 3 h 30 min left from 11:00: due 14:30; 30 min paused.
    MetricInstance at = resolutionAt(at("Mon 11:00"));
    assertThat(at.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(at.deadline()).isEqualTo(Optional.of(at("Mon 14:30")));
    assertThat(at.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(at.paused()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aReopenAtAsOfRunsTheClockAgain() {
    // Solved 10:30 with 30 min used, reopened 11:00 = asOf: running again, 3 h 30 min left: 14:30.
    List<CaseEvent> events = List.of(opened("Mon 10:00", "normal"),
        status("Mon 10:30", CaseStatus.SOLVED), status("Mon 11:00", CaseStatus.OPEN));
    MetricInstance at = ENGINE.evaluate(events, ANNA, at("Mon 11:00")).instances().get(0);
    assertThat(at.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(at.deadline()).isEqualTo(Optional.of(at("Mon 14:30")));
  }
}
