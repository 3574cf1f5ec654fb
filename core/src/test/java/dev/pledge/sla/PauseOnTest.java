package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.OFFICE;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.h;
import static dev.pledge.sla.Fixtures.m;
import static dev.pledge.sla.Fixtures.message;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.priority;
import static dev.pledge.sla.Fixtures.reply;
import static dev.pledge.sla.Fixtures.status;
import static dev.pledge.sla.Metric.AGENT_WORK;
import static dev.pledge.sla.Metric.FIRST_RESPONSE;
import static dev.pledge.sla.Metric.NEXT_RESPONSE;
import static dev.pledge.sla.Metric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pause statuses per metric ({@code pauseOn}): which statuses stop a metric's clock, set per
 * policy and target. Office calendar, Mon-Fri 09:00-17:00 UTC.
 */
class PauseOnTest {
  private static final List<CaseStatus> PENDING = List.of(CaseStatus.PENDING);

  private static SlaEngine engine(ServicePolicy.Builder... policies) {
    return SlaEngine.of(java.util.Arrays.stream(policies).map(ServicePolicy.Builder::build).toList());
  }

  private static ServicePolicy.Builder policy(String id) {
    return ServicePolicy.builder(id).calendar(OFFICE).objective("0.9");
  }

  private static MetricInstance instance(SlaEngine engine, List<CaseEvent> events, String asOf, Metric metric) {
    return engine.evaluate(events, ANNA, at(asOf)).instance(metric, 1).orElseThrow();
  }

  @Test
  void theIssuesExampleFirstResponsePausedWhilePending() {
    // first-response PT1H, pauseOn pending. Opened Mon 09:00, pending 09:20, open 11:00, reply 11:30.
    // Running 09:00-09:20 (20 min) and 11:00-11:30 (30 min): elapsed 50 min; paused 09:20-11:00:
    // 1 h 40 min. 50 min <= 1 h: achieved.
    SlaEngine engine = engine(policy("p").target(FIRST_RESPONSE, h(1), PENDING));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 09:20", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN), reply("Mon 11:30"));
    MetricInstance first = instance(engine, events, "Mon 12:00", FIRST_RESPONSE);
    assertThat(first.elapsed()).isEqualTo(m(50));
    assertThat(first.paused()).isEqualTo(m(100));
    assertThat(first.state()).isEqualTo(InstanceState.ACHIEVED);
    // Without pauseOn, first-response never pauses: 2 h 30 min elapsed, breached by 1 h 30 min.
    MetricInstance plain = instance(engine(policy("p").target(FIRST_RESPONSE, h(1))), events, "Mon 12:00",
        FIRST_RESPONSE);
    assertThat(plain.elapsed()).isEqualTo(m(150));
    assertThat(plain.paused()).isZero();
    assertThat(plain.state()).isEqualTo(InstanceState.BREACHED);
  }

  @Test
  void whilePausedTheInstanceHasNoDeadlineAndTheDeadlineMovesByThePause() {
    // Same policy; at 10:00 it is paused with 20 min used: no deadline. At 11:00 it runs again with
    // 40 min left: deadline 11:40.
    SlaEngine engine = engine(policy("p").target(FIRST_RESPONSE, h(1), PENDING));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 09:20", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN));
    MetricInstance paused = instance(engine, events, "Mon 10:00", FIRST_RESPONSE);
    assertThat(paused.state()).isEqualTo(InstanceState.PAUSED);
    assertThat(paused.deadline()).isEmpty();
    assertThat(paused.elapsed()).isEqualTo(m(20));
    MetricInstance running = instance(engine, events, "Mon 11:00", FIRST_RESPONSE);
    assertThat(running.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(running.deadline()).contains(at("Mon 11:40"));
  }

  @Test
  void anEmptyListNeverPauses() {
    // resolution P2D... here PT8H with pauseOn []: opened Mon 09:00, pending 10:00-13:00, solved
    // 14:00. Every working hour counts: 09:00-14:00 = 5 h elapsed, nothing paused.
    SlaEngine engine = engine(policy("p").target(RESOLUTION, h(8), List.of()));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.PENDING),
        status("Mon 13:00", CaseStatus.OPEN), status("Mon 14:00", CaseStatus.SOLVED));
    MetricInstance resolution = instance(engine, events, "Mon 15:00", RESOLUTION);
    assertThat(resolution.elapsed()).isEqualTo(h(5));
    assertThat(resolution.paused()).isZero();
    // The default for resolution pauses while pending: 2 h elapsed, 3 h paused.
    MetricInstance byDefault = instance(engine(policy("p").target(RESOLUTION, h(8))), events, "Mon 15:00",
        RESOLUTION);
    assertThat(byDefault.elapsed()).isEqualTo(h(2));
    assertThat(byDefault.paused()).isEqualTo(h(3));
  }

  @Test
  void agentWorkCanCountOnHoldTime() {
    // agent-work pauseOn [pending] only (its default is pending and on-hold). Opened Mon 09:00,
    // on-hold 10:00, pending 12:00, open 13:00, asOf 14:00: counted 09:00-12:00 (3 h, on-hold
    // included) and 13:00-14:00 (1 h): 4 h; paused 12:00-13:00: 1 h. Default: 2 h, 3 h paused.
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.ON_HOLD),
        status("Mon 12:00", CaseStatus.PENDING), status("Mon 13:00", CaseStatus.OPEN));
    MetricInstance work = instance(engine(policy("p").target(AGENT_WORK, h(8), PENDING)), events, "Mon 14:00",
        AGENT_WORK);
    assertThat(work.elapsed()).isEqualTo(h(4));
    assertThat(work.paused()).isEqualTo(h(1));
    MetricInstance byDefault = instance(engine(policy("p").target(AGENT_WORK, h(8))), events, "Mon 14:00",
        AGENT_WORK);
    assertThat(byDefault.elapsed()).isEqualTo(h(2));
    assertThat(byDefault.paused()).isEqualTo(h(3));
  }

  @Test
  void aWaitThatStartsInAPauseStatusStartsPaused() {
    // next-response PT1H pauseOn pending. Reply 09:10, pending 09:30, the customer writes at 10:00
    // (still pending: the wait starts paused), open 10:30, reply 11:00: counted 10:30-11:00 = 30 min,
    // paused 10:00-10:30 = 30 min.
    SlaEngine engine = engine(policy("p").target(NEXT_RESPONSE, h(1), PENDING));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), reply("Mon 09:10"),
        status("Mon 09:30", CaseStatus.PENDING), message("Mon 10:00"), status("Mon 10:30", CaseStatus.OPEN),
        reply("Mon 11:00"));
    MetricInstance wait = instance(engine, events, "Mon 12:00", NEXT_RESPONSE);
    assertThat(wait.start()).isEqualTo(at("Mon 10:00"));
    assertThat(wait.elapsed()).isEqualTo(m(30));
    assertThat(wait.paused()).isEqualTo(m(30));
    assertThat(instance(engine, events, "Mon 10:15", NEXT_RESPONSE).state()).isEqualTo(InstanceState.PAUSED);
  }

  @Test
  void afterAPriorityChangeTheNewPolicysPauseOnAppliesFromTheStart() {
    // "normal" pauses resolution while pending (the default); "urgent" never does. Opened normal
    // Mon 09:00, pending 10:00, open 11:00, raised to urgent 12:00, asOf 13:00. Under urgent the
    // whole 09:00-13:00 counts: 4 h elapsed, 0 paused, deadline 09:00 + 6 h = 15:00.
    SlaEngine engine = engine(
        policy("urgent").when(Fixtures.priorityIs("urgent")).target(RESOLUTION, h(6), List.of()),
        policy("normal").target(RESOLUTION, h(6)));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN), priority("Mon 12:00", "urgent"));
    MetricInstance urgent = instance(engine, events, "Mon 13:00", RESOLUTION);
    assertThat(urgent.policy().id()).isEqualTo("urgent");
    assertThat(urgent.elapsed()).isEqualTo(h(4));
    assertThat(urgent.paused()).isZero();
    assertThat(urgent.deadline()).contains(at("Mon 15:00"));
    // Before the change (asOf 11:30), under normal: 1.5 h elapsed, 1 h paused, deadline 16:00.
    MetricInstance normal = instance(engine, events, "Mon 11:30", RESOLUTION);
    assertThat(normal.elapsed()).isEqualTo(h(1.5));
    assertThat(normal.paused()).isEqualTo(h(1));
    assertThat(normal.deadline()).contains(at("Mon 16:00"));
  }

  @Test
  void aBreachedInstanceStaysBreachedWhilePaused() {
    // first-response PT1H pauseOn pending: opened 09:00, still open at the 10:00 deadline, pending
    // 10:30. At 11:00: breached (deadline 10:00, over by 30 min), not paused.
    SlaEngine engine = engine(policy("p").target(FIRST_RESPONSE, h(1), PENDING));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:30", CaseStatus.PENDING));
    MetricInstance first = instance(engine, events, "Mon 11:00", FIRST_RESPONSE);
    assertThat(first.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(first.deadline()).contains(at("Mon 10:00"));
    assertThat(first.breachedBy()).isEqualTo(m(30));
    assertThat(first.paused()).isEqualTo(m(30));
  }

  @Test
  void aPauseThatStartsExactlyAtTheDeadlineIsNotABreach() {
    // first-response PT1H pauseOn pending: pending exactly at 10:00, the deadline. Used 1 h, not
    // more: paused, no deadline, at 10:30. Open again 11:00: at 11:00 active with deadline 11:00;
    // 1 ns later breached.
    SlaEngine engine = engine(policy("p").target(FIRST_RESPONSE, h(1), PENDING));
    List<CaseEvent> events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN));
    MetricInstance paused = instance(engine, events, "Mon 10:30", FIRST_RESPONSE);
    assertThat(paused.state()).isEqualTo(InstanceState.PAUSED);
    assertThat(paused.deadline()).isEmpty();
    assertThat(paused.elapsed()).isEqualTo(h(1));
    MetricInstance again = instance(engine, events, "Mon 11:00", FIRST_RESPONSE);
    assertThat(again.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(again.deadline()).contains(at("Mon 11:00"));
    Instant later = at("Mon 11:00").plusNanos(1);
    assertThat(engine.evaluate(events, ANNA, later).instance(FIRST_RESPONSE, 1).orElseThrow().state())
        .isEqualTo(InstanceState.BREACHED);
  }

  @Test
  void thePolicyShowsTheStatusesThatPauseEachMetric() {
    ServicePolicy p = policy("p").target(FIRST_RESPONSE, h(1), PENDING).target(RESOLUTION, h(8))
        .target(AGENT_WORK, h(8)).build();
    assertThat(p.pauseOn(FIRST_RESPONSE)).containsExactly(CaseStatus.PENDING);
    assertThat(p.pauseOn(RESOLUTION)).containsExactly(CaseStatus.PENDING);
    assertThat(p.pauseOn(AGENT_WORK)).containsExactlyInAnyOrder(CaseStatus.PENDING, CaseStatus.ON_HOLD);
    assertThat(p.pausedIn(AGENT_WORK, CaseStatus.ON_HOLD)).isTrue();
    assertThat(p.pausedIn(FIRST_RESPONSE, CaseStatus.ON_HOLD)).isFalse();
    assertThat(Metric.NEXT_RESPONSE.defaultPauseOn()).isEmpty();
    assertThat(p.toString()).contains("first-response PT1H pauseOn [pending]");
  }

  @Test
  void onlyPendingAndOnHoldMayPause() {
    for (CaseStatus s : Set.of(CaseStatus.OPEN, CaseStatus.SOLVED, CaseStatus.CLOSED)) {
      assertThatThrownBy(() -> policy("p").target(RESOLUTION, h(8), List.of(CaseStatus.PENDING, s)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("targets/resolution/pauseOn/1");
            assertThat(e.problem()).contains("pending or on-hold").contains(s.wireName());
          });
    }
    assertThatThrownBy(() -> policy("p").target(RESOLUTION, h(8),
        List.of(CaseStatus.PENDING, CaseStatus.PENDING)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("targets/resolution/pauseOn/1"));
  }
}
