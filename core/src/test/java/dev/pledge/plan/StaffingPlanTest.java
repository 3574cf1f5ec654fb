package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worst interval and the hours to schedule. */
class StaffingPlanTest {
  static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  static StaffingInterval at(int halfHours, int agents, int staff) {
    return at(halfHours, agents, staff, agents * 0.5);
  }

  static StaffingInterval at(int halfHours, int agents, int staff, double traffic) {
    Instant from = NINE.plusSeconds(1800L * halfHours);
    return new StaffingInterval(from, from.plusSeconds(1800), traffic * 10, traffic, agents, 0.9,
        Duration.ofSeconds(5), agents == 0 ? 0 : traffic / agents, staff);
  }

  @Test
  void theWorstIntervalNeedsTheMostStaffThenAgentsThenTrafficThenComesFirst() {
    StaffingPlan plan = new StaffingPlan(List.of(at(0, 3, 5), at(1, 4, 6), at(2, 5, 6), at(3, 5, 6)));
    assertThat(plan.worst()).contains(at(2, 5, 6));
    StaffingPlan quiet = new StaffingPlan(List.of(at(0, 1, 1, 0.1), at(1, 1, 1, 0.2), at(2, 1, 1, 0.2)));
    assertThat(quiet.worst()).contains(at(1, 1, 1, 0.2));
    assertThat(new StaffingPlan(List.of()).worst()).isEmpty();
  }

  @Test
  void agentHoursAreTheStaffTimesTheirIntervals() {
    StaffingPlan plan = new StaffingPlan(List.of(at(0, 3, 5), at(1, 4, 6), at(2, 0, 0)));
    assertThat(plan.staffTime()).isEqualTo(Duration.ofMinutes(30 * 11));
    assertThat(plan.agentHours()).isCloseTo(5.5, within(1e-12));
    assertThat(new StaffingPlan(List.of()).agentHours()).isZero();
  }
}
