package dev.pledge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.sla.Metric;
import dev.pledge.sla.ServicePolicy;
import dev.pledge.sla.SlaEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The audit hand-worked: attainment, Wilson interval, verdict and honest target. */
class PromiseAuditTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final CustomerContext ANNA = CustomerContext.of(Customer.of("anna"));

  static SlaEngine engine(Duration target, String objective) {
    return SlaEngine.of(List.of(ServicePolicy.builder("p").calendar(BusinessCalendar.always("24x7"))
        .target(Metric.FIRST_RESPONSE, target).objective(objective).build()));
  }

  /** Case {@code n} answered after {@code minutes} (never when negative), as of a day later. */
  static CaseOutcome answeredAfter(SlaEngine engine, int n, int minutes) {
    String id = "c" + n;
    List<CaseEvent> events = new ArrayList<>(List.of(CaseEvent.opened(id, T0, "anna", "email", "normal")));
    if (minutes >= 0) {
      events.add(CaseEvent.agentReply(id, T0.plus(Duration.ofMinutes(minutes))));
    }
    return engine.evaluate(events, ANNA, T0.plus(Duration.ofMinutes(minutes < 0 ? 5 : 0)).plus(Duration.ofDays(minutes < 0 ? 0 : 1)));
  }

  static AuditRow audit(SlaEngine engine, int... minutes) {
    PromiseAudit audit = PromiseAudit.create();
    for (int i = 0; i < minutes.length; i++) {
      audit.add(answeredAfter(engine, i, minutes[i]));
    }
    return audit.row("p", Metric.FIRST_RESPONSE).orElseThrow();
  }

  @Test
  void theIssuesExampleWithAThirtyMinutePromiseIsAtRisk() {
    // Elapsed 10, 20, 30, 40, 50, 60 min; target 30 min, objective 0.8: 10, 20 and 30 are within
    // (a reply at the target is in time): 3 of 6 = 50 %. Wilson for 3 of 6: centre (0.5 + 3.8415/12)
    // / (1 + 3.8415/6) = 0.5, half 1.96 / 1.6402 * sqrt(0.25/6 + 3.8415/144) = 0.3118: [18.8 %,
    // 81.2 %]; 81.2 % reaches 80 %: at risk, not yet over-promised.
    // Honest target: ceil(0.8 * 6) = ceil(4.8) = 5th smallest = 50 min.
    AuditRow row = audit(engine(Duration.ofMinutes(30), "0.8"), 10, 20, 30, 40, 50, 60);
    assertThat(row.decided()).isEqualTo(6);
    assertThat(row.achieved()).isEqualTo(3);
    assertThat(row.attainment().share()).hasValue(0.5);
    assertThat(row.attainment().high().getAsDouble()).isBetween(0.811, 0.813);
    assertThat(row.verdict()).isEqualTo(Verdict.AT_RISK);
    assertThat(row.honestTarget()).contains(Duration.ofMinutes(50));
    assertThat(row.target()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void withATwoHourPromiseThereIsRoomToPromiseFiftyMinutes() {
    AuditRow row = audit(engine(Duration.ofHours(2), "0.8"), 10, 20, 30, 40, 50, 60);
    assertThat(row.verdict()).isEqualTo(Verdict.KEPT); // 6 of 6
    assertThat(row.honestTarget()).contains(Duration.ofMinutes(50));
  }

  @Test
  void aDozenInstancesMostlyLateAreOverPromised() {
    // 12 instances, target 15 min, objective 0.9: 5 and 12 min are in time, the ten others (20 to
    // 110 min) late: 2 of 12 = 16.7 %. Wilson: centre (0.1667 + 3.8415/24) / (1 + 3.8415/12) =
    // 0.2475, half 1.96 / 1.3201 * sqrt(0.1389/12 + 3.8415/576) = 0.2012: [4.7 %, 44.9 %], all of
    // it below 90 %: over-promised. Honest target: ceil(0.9 * 12) = ceil(10.8) = 11th smallest:
    // sorted 5, 12, 20, 30, ..., 100, 110 -> the 11th is 100 min.
    AuditRow row = audit(engine(Duration.ofMinutes(15), "0.9"), 5, 12, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110);
    assertThat(row.achieved()).isEqualTo(2);
    assertThat(row.attainment().high().getAsDouble()).isBetween(0.448, 0.450);
    assertThat(row.verdict()).isEqualTo(Verdict.OVER_PROMISED);
    assertThat(row.honestTarget()).contains(Duration.ofMinutes(100));
  }

  @Test
  void tiesAtTheQuantileGiveTheTiedValue() {
    // 10, 20, 20, 20, 50 with objective 0.5: ceil(2.5) = 3rd smallest = 20 (the 2nd, 3rd and 4th tie).
    assertThat(PromiseAudit.honestTarget(List.of(Duration.ofMinutes(50), Duration.ofMinutes(20),
        Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(20)), new BigDecimal("0.5")))
        .contains(Duration.ofMinutes(20));
    // objective 1: the largest; an exact product (0.8 * 5 = 4) is not rounded up: the 4th.
    List<Duration> five = IntStream.rangeClosed(1, 5).mapToObj(Duration::ofMinutes).toList();
    assertThat(PromiseAudit.honestTarget(five, BigDecimal.ONE)).contains(Duration.ofMinutes(5));
    assertThat(PromiseAudit.honestTarget(five, new BigDecimal("0.8"))).contains(Duration.ofMinutes(4));
    assertThat(PromiseAudit.honestTarget(List.of(), new BigDecimal("0.8"))).isEmpty();
  }

  @Test
  void aPolicyWithNoDecidedInstanceHasNoVerdictAndNoHonestTarget() {
    // Two cases opened and unanswered five minutes later, target 1 h: both still running.
    AuditRow row = audit(engine(Duration.ofHours(1), "0.9"), -1, -1);
    assertThat(row.instances()).isEqualTo(2);
    assertThat(row.running()).isEqualTo(2);
    assertThat(row.decided()).isZero();
    assertThat(row.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(row.attainment().share()).isEmpty();
    assertThat(row.honestTarget()).isEmpty();
  }

  @Test
  void groupsAreAuditedApartAndInOrder() {
    SlaEngine engine = engine(Duration.ofMinutes(30), "0.8");
    PromiseAudit audit = PromiseAudit.create();
    audit.add(answeredAfter(engine, 1, 10), Optional.of("email"));
    audit.add(answeredAfter(engine, 2, 90), Optional.of("chat"));
    audit.add(answeredAfter(engine, 3, 20), Optional.of("email"));
    assertThat(audit.rows()).extracting(r -> r.group().orElseThrow() + " " + r.achieved() + "/" + r.decided()
        + " " + r.verdict()).containsExactly("chat 0/1 over-promised", "email 2/2 kept");
  }
}
