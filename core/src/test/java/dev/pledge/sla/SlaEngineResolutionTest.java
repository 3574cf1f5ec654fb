package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.OFFICE;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.h;
import static dev.pledge.sla.Fixtures.message;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.reply;
import static dev.pledge.sla.Fixtures.status;
import static dev.pledge.sla.Metric.AGENT_WORK;
import static dev.pledge.sla.Metric.FIRST_RESPONSE;
import static dev.pledge.sla.Metric.NEXT_RESPONSE;
import static dev.pledge.sla.Metric.PERIODIC_UPDATE;
import static dev.pledge.sla.Metric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution and agent-work through pending, on-hold, solve and reopen, on the office calendar. */
class SlaEngineResolutionTest {

  private static final SlaEngine ENGINE = SlaEngine.of(List.of(ServicePolicy.builder("standard")
      .calendar(OFFICE)
      .target(FIRST_RESPONSE, h(4))
      .target(NEXT_RESPONSE, h(2))
      .target(PERIODIC_UPDATE, h(4))
      .target(RESOLUTION, h(8))
      .target(AGENT_WORK, h(6))
      .objective("0.9")
      .build()));

  // Mon 09:00 opened, 10:00 pending, 11:00 open, 12:00 on-hold, 14:00 open, 15:00 solved;
  // Tue 10:00 reopened (open), Tue 11:00 solved again.
  private static final List<CaseEvent> HISTORY = List.of(opened("Mon 09:00", "normal"),
      status("Mon 10:00", CaseStatus.PENDING), status("Mon 11:00", CaseStatus.OPEN),
      status("Mon 12:00", CaseStatus.ON_HOLD), status("Mon 14:00", CaseStatus.OPEN),
      status("Mon 15:00", CaseStatus.SOLVED), status("Tue 10:00", CaseStatus.OPEN),
      status("Tue 11:00", CaseStatus.SOLVED));

  @Test
  void resolutionPausesWhilePendingAndSkipsTheTimeBetweenSolveAndReopen() {
    // Runs 09-10 (1h), paused 10-11 (1h), runs 11-15 (4h: on-hold does not pause resolution),
    // stopped 15:00; the gap Mon 15:00 -> Tue 10:00 (3 working hours) counts as neither elapsed
    // nor paused; runs again Tue 10-11 (1h). Elapsed 1 + 4 + 1 = 6h, paused 1h; target 8h.
    MetricInstance r = ENGINE.evaluate(HISTORY, ANNA, at("Wed 09:00")).instances(RESOLUTION).get(0);
    assertThat(r.number()).isEqualTo(1);
    assertThat(r.start()).isEqualTo(at("Mon 09:00"));
    assertThat(r.stop()).contains(at("Tue 11:00"));
    assertThat(r.elapsed()).isEqualTo(h(6));
    assertThat(r.paused()).isEqualTo(h(1));
    assertThat(r.deadline()).isEmpty();
    assertThat(r.state()).isEqualTo(InstanceState.ACHIEVED);
  }

  @Test
  void agentWorkAlsoPausesWhileOnHold() {
    // Runs 09-10 (1h), paused 10-11 pending (1h), runs 11-12 (1h), paused 12-14 on-hold (2h),
    // runs 14-15 (1h), gap, runs Tue 10-11 (1h). Elapsed 4h, paused 3h.
    MetricInstance w = ENGINE.evaluate(HISTORY, ANNA, at("Wed 09:00")).instances(AGENT_WORK).get(0);
    assertThat(w.elapsed()).isEqualTo(h(4));
    assertThat(w.paused()).isEqualTo(h(3));
    assertThat(w.state()).isEqualTo(InstanceState.ACHIEVED);
  }

  @Test
  void theSameInstanceIsSolvedThenResumedByTheReopen() {
    CaseOutcome solved = ENGINE.evaluate(HISTORY, ANNA, at("Mon 20:00"));
    MetricInstance r = solved.instances(RESOLUTION).get(0);
    assertThat(r.stop()).contains(at("Mon 15:00"));
    assertThat(r.elapsed()).isEqualTo(h(5)); // 1 + 4
    assertThat(r.state()).isEqualTo(InstanceState.ACHIEVED);
    // Tue 10:30, after the reopen: running again, 5h + 30m, still instance 1 and the only one.
    CaseOutcome reopened = ENGINE.evaluate(HISTORY, ANNA, at("Tue 10:30"));
    assertThat(reopened.instances(RESOLUTION)).hasSize(1);
    MetricInstance again = reopened.instances(RESOLUTION).get(0);
    assertThat(again.stop()).isEmpty();
    assertThat(again.elapsed()).isEqualTo(h(5.5));
    assertThat(again.state()).isEqualTo(InstanceState.ACTIVE);
    // Deadline, projected from the resume at Tue 10:00 with 8 - 5 = 3h left: Tue 13:00.
    assertThat(again.deadline()).contains(at("Tue 13:00"));
  }

  @Test
  void solvingStopsEveryRunningInstanceAndFirstResponseDoesNotResume() {
    // No reply at all: first response stops at the solve (Mon 15:00, 6h > 4h target: breached
    // by 2h, deadline Mon 13:00) and stays stopped after the reopen.
    MetricInstance first = ENGINE.evaluate(HISTORY, ANNA, at("Tue 10:30"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.stop()).contains(at("Mon 15:00"));
    assertThat(first.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(first.breachedBy()).isEqualTo(h(2));
    assertThat(first.deadline()).contains(at("Mon 13:00"));
  }

  @Test
  void aCustomerMessageWhileSolvedStartsTheWaitAtTheReopen() {
    // Reply Mon 09:30, solved 10:00; the customer writes Mon 16:00 while solved; the case is
    // reopened Tue 09:30 and answered Tue 10:00: the wait runs from the reopen, 30m.
    var events = List.of(opened("Mon 09:00", "normal"), reply("Mon 09:30"),
        status("Mon 10:00", CaseStatus.SOLVED), message("Mon 16:00"),
        status("Tue 09:30", CaseStatus.OPEN), reply("Tue 10:00"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Tue 12:00"));
    MetricInstance wait = outcome.instance(NEXT_RESPONSE, 1).orElseThrow();
    assertThat(wait.start()).isEqualTo(at("Tue 09:30"));
    assertThat(wait.elapsed()).isEqualTo(h(0.5));
    // Periodic update #1 ran Mon 09:30 -> solve at 10:00; #2 starts at the reply Tue 10:00.
    assertThat(outcome.instances(PERIODIC_UPDATE)).extracting(MetricInstance::start)
        .containsExactly(at("Mon 09:30"), at("Tue 10:00"));
  }

  @Test
  void closingFromSolvedKeepsTheSolveAsStop() {
    var events = List.of(opened("Mon 09:00", "normal"), status("Mon 11:00", CaseStatus.SOLVED),
        status("Tue 09:00", CaseStatus.CLOSED));
    MetricInstance r = ENGINE.evaluate(events, ANNA, at("Wed 09:00")).instances(RESOLUTION).get(0);
    assertThat(r.stop()).contains(at("Mon 11:00"));
    assertThat(r.elapsed()).isEqualTo(h(2));
  }
}
