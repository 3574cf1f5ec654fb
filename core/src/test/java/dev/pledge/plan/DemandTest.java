package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An interval's expected cases. */
class DemandTest {
  static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void hasALengthAndScales() {
    Demand d = new Demand(NINE, NINE.plusSeconds(1800), 12.5);
    assertThat(d.length()).isEqualTo(Duration.ofMinutes(30));
    assertThat(d.times(2)).isEqualTo(new Demand(NINE, NINE.plusSeconds(1800), 25));
  }

  @Test
  void refusesAnEmptyIntervalAndArrivalsThatAreNotAFiniteCount() {
    assertThatThrownBy(() -> new Demand(NINE, NINE, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("an interval must end after it starts, but runs from 2026-03-02T09:00:00Z to 2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> new Demand(NINE, NINE.plusSeconds(1), -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the arrivals must be a finite number, zero or more, but were -1.0");
    assertThatThrownBy(() -> new Demand(NINE, NINE.plusSeconds(1), Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Demand(NINE, NINE.plusSeconds(1), Double.NaN)).isInstanceOf(InvalidValueException.class);
  }
}
