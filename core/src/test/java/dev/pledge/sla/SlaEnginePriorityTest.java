package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.OFFICE;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.h;
import static dev.pledge.sla.Fixtures.m;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.priority;
import static dev.pledge.sla.Fixtures.reply;
import static dev.pledge.sla.Metric.FIRST_RESPONSE;
import static dev.pledge.sla.Metric.PERIODIC_UPDATE;
import static dev.pledge.sla.Metric.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A priority change selects the policy again; running instances take its target. */
class SlaEnginePriorityTest {

  private static final SlaEngine ENGINE = SlaEngine.of(List.of(
      ServicePolicy.builder("urgent").when(Fixtures.priorityIs("urgent")).calendar(OFFICE)
          .target(FIRST_RESPONSE, h(1)).target(PERIODIC_UPDATE, h(2)).target(RESOLUTION, h(4))
          .objective("0.99").build(),
      ServicePolicy.builder("normal").calendar(OFFICE)
          .target(FIRST_RESPONSE, h(4)).target(RESOLUTION, h(16)).objective("0.9").build()));

  @Test
  void aTighterTargetAppliesFromTheOriginalStart() {
    // Opened normal Mon 09:00 (4h). Raised to urgent at 09:30: the 1h target counts from 09:00,
    // so the deadline is 10:00. Reply 10:15: elapsed 1h15m, breached by 15m.
    var events = List.of(opened("Mon 09:00", "normal"), priority("Mon 09:30", "urgent"),
        reply("Mon 10:15"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Mon 12:00"));
    assertThat(outcome.policy().map(ServicePolicy::id)).contains("urgent");
    MetricInstance first = outcome.instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.target()).isEqualTo(h(1));
    assertThat(first.policy().id()).isEqualTo("urgent");
    assertThat(first.deadline()).contains(at("Mon 10:00"));
    assertThat(first.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(first.breachedBy()).isEqualTo(m(15));
    // Before the reply, at 10:30, it is already breached: running past its deadline.
    MetricInstance running = ENGINE.evaluate(events, ANNA, at("Mon 10:05"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(running.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(running.stop()).isEmpty();
  }

  @Test
  void aLooserTargetAppliesFromTheOriginalStart() {
    // Opened urgent Mon 09:00 (1h). Lowered to normal at 09:30: 4h from 09:00 -> deadline 13:00.
    // Reply 11:00: elapsed 2h, achieved although the urgent deadline (10:00) had passed.
    var events = List.of(opened("Mon 09:00", "urgent"), priority("Mon 09:30", "normal"),
        reply("Mon 11:00"));
    MetricInstance first = ENGINE.evaluate(events, ANNA, at("Mon 12:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.target()).isEqualTo(h(4));
    assertThat(ENGINE.evaluate(events, ANNA, at("Mon 10:30")).instance(FIRST_RESPONSE, 1)
        .orElseThrow().deadline()).contains(at("Mon 13:00"));
    assertThat(first.elapsed()).isEqualTo(h(2));
    assertThat(first.state()).isEqualTo(InstanceState.ACHIEVED);
  }

  @Test
  void finishedInstancesKeepTheirTargetAndUntargetedRunningOnesAreDropped() {
    // Opened urgent Mon 09:00; reply 09:20 finishes first response under "urgent" (1h target)
    // and starts periodic update #1. Lowered to normal at 10:00: first response keeps urgent's
    // 1h; periodic update is not promised by "normal", so the running #1 is dropped; resolution
    // runs on with normal's 16h.
    var events = List.of(opened("Mon 09:00", "urgent"), reply("Mon 09:20"),
        priority("Mon 10:00", "normal"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Mon 12:00"));
    assertThat(outcome.policy().map(ServicePolicy::id)).contains("normal");
    MetricInstance first = outcome.instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.policy().id()).isEqualTo("urgent");
    assertThat(first.target()).isEqualTo(h(1));
    assertThat(first.elapsed()).isEqualTo(m(20));
    assertThat(outcome.instances(PERIODIC_UPDATE)).isEmpty();
    MetricInstance resolution = outcome.instance(RESOLUTION, 1).orElseThrow();
    assertThat(resolution.target()).isEqualTo(h(16));
    assertThat(resolution.policy().id()).isEqualTo("normal");
    assertThat(resolution.elapsed()).isEqualTo(h(3));
  }
}
