package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peak multiplies the arrivals of the intervals that start on its days, in the zone. */
class PeakTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Peak SALE = new Peak(2, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30));

  @Test
  void coversTheLocalDaysFromTheFirstToTheLastIncluded() {
    assertThat(SALE.covers(Instant.parse("2026-11-26T23:00:00Z"), WARSAW)).isTrue();  // 27 Nov 00:00 in Warsaw
    assertThat(SALE.covers(Instant.parse("2026-11-26T23:00:00Z"), ZoneId.of("UTC"))).isFalse();
    assertThat(SALE.covers(Instant.parse("2026-11-30T22:59:59Z"), WARSAW)).isTrue();
    assertThat(SALE.covers(Instant.parse("2026-11-30T23:00:00Z"), WARSAW)).isFalse(); // 1 Dec
  }

  @Test
  void multipliesTheIntervalsThatStartOnAPeakDay() {
    Instant before = Instant.parse("2026-11-26T22:30:00Z");
    List<Demand> demand = List.of(new Demand(before, before.plusSeconds(1800), 10),
        new Demand(before.plusSeconds(1800), before.plusSeconds(3600), 10));
    assertThat(SALE.apply(demand, WARSAW)).extracting(Demand::arrivals).containsExactly(10.0, 20.0);
    assertThat(SALE.apply(demand.get(0), WARSAW)).isSameAs(demand.get(0));
    assertThat(SALE.apply(demand.get(1), WARSAW).arrivals()).isEqualTo(20);
  }

  @Test
  void refusesANonPositiveFactorAndBackwardDays() {
    LocalDate day = LocalDate.of(2026, 11, 27);
    assertThatThrownBy(() -> new Peak(0, day, day)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the peak factor must be a positive number, but was 0.0");
    assertThatThrownBy(() -> new Peak(Double.NaN, day, day)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Peak(2, day, day.minusDays(1))).isInstanceOf(InvalidValueException.class)
        .hasMessage("the peak's last day must not be before its first, but it runs from 2026-11-27 to 2026-11-26");
  }
}
