package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One interval's staffing: consistent figures only. */
class StaffingIntervalTest {
  static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant HALF_PAST = NINE.plusSeconds(1800);

  @Test
  void staffTimeIsTheStaffTimesTheLength() {
    StaffingInterval i = new StaffingInterval(NINE, HALF_PAST, 100, 10, 14, 0.888, Duration.ofSeconds(8), 0.714, 20);
    assertThat(i.length()).isEqualTo(Duration.ofMinutes(30));
    assertThat(i.staffTime()).isEqualTo(Duration.ofHours(10));
  }

  @Test
  void refusesFewerStaffThanAgentsAndSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> new StaffingInterval(NINE, HALF_PAST, 100, 10, 14, 0.888, Duration.ZERO, 0.714, 13))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the staff must be at least the agents, and the agents 0 or more, but were 13 staff for 14 agents");
    assertThatThrownBy(() -> new StaffingInterval(NINE, HALF_PAST, 100, 10, 14, 1.5, Duration.ZERO, 0.714, 14))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the service level and occupancy are shares from 0 to 1, but were 1.5 and 0.714");
    assertThatThrownBy(() -> new StaffingInterval(NINE, NINE, 0, 0, 0, 1, Duration.ZERO, 0, 0))
        .isInstanceOf(InvalidValueException.class);
  }
}
