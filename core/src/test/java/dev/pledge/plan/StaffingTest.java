package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fewest agents that keep the promise, per interval, and what the builder accepts. */
class StaffingTest {
  static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration HALF_HOUR = Duration.ofMinutes(30);

  static Staffing.Builder reference() {
    return Staffing.builder().aht(Duration.ofSeconds(180)).target(Duration.ofSeconds(20)).objective("0.8");
  }

  static Demand halfHour(double arrivals) {
    return new Demand(NINE, NINE.plus(HALF_HOUR), arrivals);
  }

  @Test
  void referenceCheckNeedsFourteenAgents() {
    // A = 100 × 180 s / 1800 s = 10 Erlangs; 13 agents give 79.6 %, 14 give 88.8 % (ErlangCTest works it by hand)
    StaffingInterval i = reference().build().interval(halfHour(100));

    assertThat(i.traffic()).isCloseTo(10, within(1e-12));
    assertThat(i.agents()).isEqualTo(14);
    assertThat(i.serviceLevel()).isCloseTo(0.8884, within(1e-4));
    assertThat(i.asa()).isBetween(Duration.ofMillis(7835), Duration.ofMillis(7837));
    assertThat(i.occupancy()).isCloseTo(10 / 14.0, within(1e-12));
    assertThat(i.staff()).isEqualTo(14);
    assertThat(ErlangC.serviceLevel(13, 10, Duration.ofSeconds(20), Duration.ofSeconds(180))).isLessThan(0.8);
  }

  @Test
  void shrinkageRoundsUpExactlyInDecimal() {
    // A = 4: 7 agents (90.3 %; 6 give 77.2 %). 7 / (1 − 0.3) = 10 exactly, where 7 / 0.7 in binary is 10.000000000000002
    StaffingInterval i = reference().shrinkage("0.3").build().interval(halfHour(40));
    assertThat(i.agents()).isEqualTo(7);
    assertThat(i.staff()).isEqualTo(10);
    assertThat(reference().shrinkage("0.35").build().interval(halfHour(40)).staff()).isEqualTo(11); // 10.77
  }

  @Test
  void noArrivalsNeedNoAgent() {
    StaffingInterval i = reference().shrinkage("0.3").build().interval(halfHour(0));
    assertThat(i).isEqualTo(new StaffingInterval(NINE, NINE.plus(HALF_HOUR), 0, 0, 0, 1, Duration.ZERO, 0, 0));
  }

  @Test
  void theTrafficOfAnIntervalIsPerItsOwnLength() {
    // 100 arrivals in an hour are 5 Erlangs; in ten minutes, 30
    Staffing staffing = reference().build();
    assertThat(staffing.interval(new Demand(NINE, NINE.plusSeconds(3600), 100)).traffic()).isCloseTo(5, within(1e-12));
    assertThat(staffing.interval(new Demand(NINE, NINE.plusSeconds(600), 100)).traffic()).isCloseTo(30, within(1e-12));
  }

  @Test
  void trafficInTheThousandsNeedsSlightlyMoreAgentsThanErlangs() {
    // 20,000 arrivals in half an hour at 180 s: A = 2000; 2011 agents give 78.6 %, 2012 give 81.4 %
    StaffingInterval i = reference().build().interval(halfHour(20_000));
    assertThat(i.agents()).isEqualTo(2012);
    assertThat(i.serviceLevel()).isCloseTo(0.8142, within(1e-4));
    assertThat(i.asa().toMillis()).isBetween(10_000L, 11_000L);
    assertThat(i.occupancy()).isCloseTo(2000 / 2012.0, within(1e-12));

    StaffingInterval million = reference().build().interval(halfHour(9_000_000)); // 900,000 Erlangs
    assertThat(million.agents()).isBetween(900_001, 901_000);
    assertThat(million.serviceLevel()).isBetween(0.8, 1.0);
  }

  @Test
  void anObjectiveOfOneEndsWhereTheServiceLevelRoundsToOne() {
    StaffingInterval i = reference().objective("1").build().interval(halfHour(100));
    assertThat(i.agents()).isEqualTo(44);
    assertThat(i.serviceLevel()).isEqualTo(1.0);
  }

  @Property
  void theAgentsAreTheFewestAboveTheTrafficThatMeetTheObjective(
      @ForAll @DoubleRange(min = 0.01, max = 400) double arrivals,
      @ForAll @IntRange(min = 1, max = 99) int objectivePercent,
      @ForAll @IntRange(min = 0, max = 600) int targetSeconds) {
    Duration aht = Duration.ofSeconds(180);
    Duration target = Duration.ofSeconds(targetSeconds);
    Staffing staffing = Staffing.builder().aht(aht).target(target)
        .objective(BigDecimal.valueOf(objectivePercent, 2)).build();
    StaffingInterval i = staffing.interval(halfHour(arrivals));
    double goal = objectivePercent / 100.0;
    // the oracle asks ErlangC agent by agent from the first above the traffic
    int fewest = (int) Math.floor(i.traffic()) + 1;
    while (ErlangC.serviceLevel(fewest, i.traffic(), target, aht) < goal) {
      fewest++;
    }
    assertThat(i.agents()).isEqualTo(fewest);
    assertThat(i.serviceLevel()).isCloseTo(ErlangC.serviceLevel(fewest, i.traffic(), target, aht), within(1e-12));
    assertThat(i.asa()).isEqualTo(ErlangC.asa(fewest, i.traffic(), aht));
  }

  @Test
  void theTargetAndObjectiveComeFromAPolicysFirstResponsePromise() {
    ServicePolicy policy = ServicePolicy.builder("phone").calendar(BusinessCalendar.always("always"))
        .target(Metric.FIRST_RESPONSE, Duration.ofSeconds(20)).objective("0.8").build();
    Staffing staffing = Staffing.builder().aht(Duration.ofSeconds(180)).policy(policy).build();
    assertThat(staffing.target()).isEqualTo(Duration.ofSeconds(20));
    assertThat(staffing.objective()).isEqualByComparingTo("0.8");
    assertThat(staffing.shrinkage()).isZero();
    assertThat(staffing.interval(halfHour(100)).agents()).isEqualTo(14);
  }

  @Test
  void aPolicyWithoutAFirstResponseTargetIsRefused() {
    ServicePolicy policy = ServicePolicy.builder("fix").calendar(BusinessCalendar.always("always"))
        .target(Metric.RESOLUTION, Duration.ofHours(8)).objective("0.9").build();
    assertThatThrownBy(() -> Staffing.builder().policy(policy)).isInstanceOf(InvalidValueException.class)
        .hasMessage("policy fix has no first-response target; staffing keeps a first-response promise, so the "
            + "policy must set targets/first-response");
  }

  @Test
  void theBuilderRefusesValuesOutOfRangeAtOnce() {
    assertThatThrownBy(() -> Staffing.builder().aht(Duration.ZERO)).isInstanceOf(InvalidValueException.class)
        .hasMessage("the average handling time must be positive, but was PT0S");
    assertThatThrownBy(() -> Staffing.builder().aht(Duration.ofSeconds(-5))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Staffing.builder().shrinkage("1")).isInstanceOf(InvalidValueException.class)
        .hasMessage("the shrinkage must be at least 0 and less than 1, but was 1");
    assertThatThrownBy(() -> Staffing.builder().shrinkage("-0.1")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Staffing.builder().objective("0")).isInstanceOf(InvalidValueException.class)
        .hasMessage("the objective must be more than 0 and at most 1, but was 0");
    assertThatThrownBy(() -> Staffing.builder().objective("1.01")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Staffing.builder().target(Duration.ofSeconds(-1))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void buildNeedsTheHandlingTimeTargetAndObjective() {
    assertThatThrownBy(() -> Staffing.builder().target(Duration.ofSeconds(20)).objective("0.8").build())
        .isInstanceOf(InvalidValueException.class).hasMessage("the average handling time is required");
    assertThatThrownBy(() -> Staffing.builder().aht(Duration.ofSeconds(180)).objective("0.8").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the target and the objective are required: set both, or take them from a policy");
  }

  @Test
  void moreThanAMillionErlangsIsRefused() {
    assertThatThrownBy(() -> reference().build().interval(halfHour(2e7))).isInstanceOf(InvalidValueException.class)
        .hasMessage("2.0E7 arrivals from 2026-03-02T09:00:00Z to 2026-03-02T09:30:00Z with an average handling "
            + "time of PT3M make 2000000.0 Erlangs; at most 1000000 are taken");
  }

  @Test
  void aPlanStaffsEveryIntervalInOrder() {
    Staffing staffing = reference().build();
    StaffingPlan plan = staffing.plan(List.of(halfHour(40), new Demand(NINE.plus(HALF_HOUR), NINE.plusSeconds(3600), 100)));
    assertThat(plan.intervals()).extracting(StaffingInterval::agents).containsExactly(7, 14);
    assertThat(staffing.toString()).isEqualTo("Staffing[aht PT3M, target PT20S, objective 0.8, shrinkage 0]");
  }
}
