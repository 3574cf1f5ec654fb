package dev.pledge.sla.internal;

import static dev.pledge.sla.internal.TransferPickupClock.TRANSFER_PICKUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.CaseStatus;
import dev.pledge.sla.InstanceState;
import dev.pledge.sla.Metric;
import dev.pledge.sla.MetricInstance;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clock registry: the built-in clocks, and a metric added as one class that the engine measures. */
class ClocksTest {
  /** Monday to Friday, 09:00-17:00 UTC. */
  private static final BusinessCalendar OFFICE = office();
  private static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));

  @BeforeAll
  static void registerTheTestMetric() {
    Clocks.register(TransferPickupClock.INSTANCE); // the same object twice changes nothing
  }

  private static BusinessCalendar office() {
    var b = BusinessCalendar.builder("office", "UTC");
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      b.hours(d, "09:00-17:00");
    }
    return b.build();
  }

  /** 2026-03-02 is a Monday. */
  private static Instant at(String dayAndTime) {
    String day = dayAndTime.startsWith("Mon") ? "2026-03-02" : "2026-03-03";
    return Instant.parse(day + "T" + dayAndTime.substring(4) + ":00Z");
  }

  @Test
  void builtInClocksAreOnePerBuiltInMetricInMetricOrder() {
    assertThat(Clocks.BUILT_IN).extracting(MetricClock::metric).containsExactly(Metric.values());
    assertThat(Clocks.all()).startsWith(Clocks.BUILT_IN.toArray(new MetricClock[0]));
  }

  @Test
  void aMetricAddedAsOneClassIsMeasuredByTheEngine() {
    ServicePolicy policy = ServicePolicy.builder("p").calendar(OFFICE)
        .target(Metric.FIRST_RESPONSE, Duration.ofHours(8))
        .target(TRANSFER_PICKUP, Duration.ofHours(2)).objective("0.9").build();
    List<CaseEvent> events = List.of(
        CaseEvent.opened("c", at("Mon 09:00"), "anna", "email", "normal"),
        CaseEvent.transfer("c", at("Mon 10:00"), "tier-2"), // transfer-pickup #1 starts
        CaseEvent.status("c", at("Mon 11:00"), CaseStatus.PENDING), // #1 paused
        CaseEvent.status("c", at("Mon 13:00"), CaseStatus.OPEN), // #1 runs again
        CaseEvent.agentReply("c", at("Mon 14:30")), // #1 stops; so does first-response
        CaseEvent.transfer("c", at("Mon 16:00"), "tier-3")); // transfer-pickup #2 starts

    CaseOutcome outcome = SlaEngine.of(List.of(policy)).evaluate(events, ANNA, at("Tue 09:30"));

    // Built-in metrics first, then the added one (by ordinal).
    assertThat(outcome.instances()).extracting(MetricInstance::metric)
        .containsExactly(Metric.FIRST_RESPONSE, TRANSFER_PICKUP, TRANSFER_PICKUP);
    // first-response, never paused: Mon 09:00-14:30 = 5.5 h <= 8 h: achieved.
    MetricInstance first = outcome.instance(Metric.FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.state()).isEqualTo(InstanceState.ACHIEVED);
    assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(330));

    // #1: runs 10:00-11:00 (1 h), paused 11:00-13:00 (2 h), runs 13:00-14:30 (1.5 h).
    // elapsed = 1 + 1.5 = 2.5 h; paused = 2 h. The 2 h target is reached 1 h into the second run:
    // deadline = 13:00 + 1 h = 14:00, before the stop at 14:30, so breached by 2.5 - 2 = 0.5 h.
    MetricInstance pickup1 = outcome.instance(TRANSFER_PICKUP, 1).orElseThrow();
    assertThat(pickup1.start()).isEqualTo(at("Mon 10:00"));
    assertThat(pickup1.stop()).contains(at("Mon 14:30"));
    assertThat(pickup1.elapsed()).isEqualTo(Duration.ofMinutes(150));
    assertThat(pickup1.paused()).isEqualTo(Duration.ofHours(2));
    assertThat(pickup1.deadline()).contains(at("Mon 14:00"));
    assertThat(pickup1.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(pickup1.breachedBy()).isEqualTo(Duration.ofMinutes(30));

    // #2: runs from Mon 16:00; as of Tue 09:30 it counted Mon 16:00-17:00 (1 h) + Tue 09:00-09:30
    // (0.5 h) = 1.5 h of 2 h. The last 0.5 h runs out at Tue 10:00: active, deadline Tue 10:00.
    MetricInstance pickup2 = outcome.instance(TRANSFER_PICKUP, 2).orElseThrow();
    assertThat(pickup2.start()).isEqualTo(at("Mon 16:00"));
    assertThat(pickup2.stop()).isEmpty();
    assertThat(pickup2.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(pickup2.paused()).isEqualTo(Duration.ZERO);
    assertThat(pickup2.deadline()).contains(at("Tue 10:00"));
    assertThat(pickup2.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(pickup2.breachedBy()).isEqualTo(Duration.ZERO);
  }

  @Test
  void anAddedMetricHasOneIdentityPerWireName() {
    assertThat(Metric.of("transfer-pickup")).isSameAs(TRANSFER_PICKUP);
    assertThat(Metric.fromWireName("transfer-pickup")).containsSame(TRANSFER_PICKUP);
    assertThat(TRANSFER_PICKUP.ordinal()).isGreaterThanOrEqualTo(Metric.values().length);
    assertThat(Metric.values()).doesNotContain(TRANSFER_PICKUP);
  }

  @Test
  void aSecondClockForTheSameMetricIsRefused() {
    MetricClock twin = new MetricClock(Metric.RESOLUTION, Set.of()) {
      @Override
      public void on(CaseEvent event, Case c) {}
    };
    assertThatThrownBy(() -> Clocks.register(twin)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("metric resolution already has a clock");
  }

  @Test
  void aTargetedMetricWithoutAClockIsRefused() {
    ServicePolicy policy = ServicePolicy.builder("p").calendar(OFFICE)
        .target(Metric.of("clockless-test-metric"), Duration.ofHours(1)).objective("0.9").build();
    assertThatThrownBy(() -> SlaEngine.of(List.of(policy))).isInstanceOf(InvalidValueException.class)
        .hasMessage("policy p targets metric clockless-test-metric, which has no registered clock");
  }
}
