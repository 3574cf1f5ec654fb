package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ALWAYS;
import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.GOLD_ANNA;
import static dev.pledge.sla.Fixtures.OFFICE;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.h;
import static dev.pledge.sla.Fixtures.m;
import static dev.pledge.sla.Fixtures.message;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.reply;
import static dev.pledge.sla.Fixtures.status;
import static dev.pledge.sla.Metric.FIRST_RESPONSE;
import static dev.pledge.sla.Metric.NEXT_RESPONSE;
import static dev.pledge.sla.Metric.PERIODIC_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked timelines on the office calendar (Mon-Fri 09:00-17:00 UTC, week of 2026-03-02).
 * Every expected figure is worked out in the comments.
 */
class SlaEngineTest {

  private static final SlaEngine ENGINE = SlaEngine.of(List.of(ServicePolicy.builder("standard")
      .calendar(OFFICE)
      .target(FIRST_RESPONSE, h(4))
      .target(NEXT_RESPONSE, h(2))
      .target(PERIODIC_UPDATE, h(4))
      .objective("0.9")
      .build()));

  @Test
  void firstResponseAcrossAWeekendCountsOnlyFridayAfternoonAndMondayMorning() {
    // Opened Fri 15:00. Fri 15:00-17:00 = 2h; the weekend is closed; Mon 09:00-10:30 = 1.5h.
    // Elapsed 3.5h of a 4h target: achieved. While it waited, the deadline was Mon 11:00 (2h
    // left on Friday night).
    var events = List.of(opened("Fri 15:00", "normal"), reply("nMon 10:30"));
    MetricInstance first = ENGINE.evaluate(events, ANNA, at("nMon 12:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(first.elapsed()).isEqualTo(h(3.5));
    assertThat(first.paused()).isZero();
    assertThat(first.stop()).contains(at("nMon 10:30"));
    assertThat(first.deadline()).isEmpty(); // achieved: it can no longer breach
    assertThat(first.state()).isEqualTo(InstanceState.ACHIEVED);
    assertThat(first.breachedBy()).isZero();
    MetricInstance waiting = ENGINE.evaluate(events, ANNA, at("Sun 12:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(waiting.deadline()).contains(at("nMon 11:00"));
    assertThat(waiting.elapsed()).isEqualTo(h(2));
  }

  @Test
  void firstResponseAcrossANightAndTheInstantItBreaches() {
    // Opened Tue 15:00: Tue 15-17 = 2h, night closed, Wed 09-11 = 2h -> deadline Wed 11:00.
    var events = List.of(opened("Tue 15:00", "normal"));
    MetricInstance atDeadline = ENGINE.evaluate(events, ANNA, at("Wed 11:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(atDeadline.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(atDeadline.elapsed()).isEqualTo(h(4));
    assertThat(atDeadline.deadline()).contains(at("Wed 11:00"));
    // One second past the deadline it is breached, by that one second of working time.
    MetricInstance after = ENGINE.evaluate(events, ANNA, at("Wed 11:00").plusSeconds(1))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(after.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(after.breachedBy()).isEqualTo(Duration.ofSeconds(1));
    assertThat(after.deadline()).contains(at("Wed 11:00"));
  }

  @Test
  void nextResponseStartsAtTheFirstOfSeveralCustomerMessages() {
    // Mon: opened 09:00, reply 09:30 (first response 30m). Messages 10:00, 11:00, 12:00: one
    // wait, from 10:00. Reply 13:00: elapsed 3h > 2h target -> breached by 1h, deadline 12:00.
    // Message 14:00, reply 14:30: wait #2, 30m, achieved. Message 16:30: wait #3, still open at
    // Tue 10:00: Mon 16:30-17:00 = 30m + Tue 09:00-10:00 = 1h = 1.5h; deadline Tue 10:30.
    var events = List.of(opened("Mon 09:00", "normal"), reply("Mon 09:30"), message("Mon 10:00"),
        message("Mon 11:00"), message("Mon 12:00"), reply("Mon 13:00"), message("Mon 14:00"),
        reply("Mon 14:30"), message("Mon 16:30"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Tue 10:00"));
    List<MetricInstance> waits = outcome.instances(NEXT_RESPONSE);
    assertThat(waits).hasSize(3);
    assertThat(waits.get(0).start()).isEqualTo(at("Mon 10:00"));
    assertThat(waits.get(0).elapsed()).isEqualTo(h(3));
    assertThat(waits.get(0).state()).isEqualTo(InstanceState.BREACHED);
    assertThat(waits.get(0).breachedBy()).isEqualTo(h(1));
    assertThat(waits.get(0).deadline()).contains(at("Mon 12:00"));
    assertThat(waits.get(1).elapsed()).isEqualTo(m(30));
    assertThat(waits.get(1).state()).isEqualTo(InstanceState.ACHIEVED);
    assertThat(waits.get(2).number()).isEqualTo(3);
    assertThat(waits.get(2).elapsed()).isEqualTo(h(1.5));
    assertThat(waits.get(2).stop()).isEmpty();
    assertThat(waits.get(2).deadline()).contains(at("Tue 10:30"));
    assertThat(waits.get(2).state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(outcome.instance(FIRST_RESPONSE, 1).orElseThrow().elapsed()).isEqualTo(m(30));
  }

  @Test
  void periodicUpdateIsPausedWhilePending() {
    // Mon: opened 09:00; reply 10:00 starts update #1 and the agent sets pending at 10:00, so it
    // starts paused. The customer writes at 12:00 (status unchanged), the agent reopens at 13:00
    // and replies at 15:00: elapsed 13-15 = 2h, paused 10-13 = 3h; achieved within 4h.
    // Update #2 starts at 15:00; at 16:00 it has run 1h; deadline: 15-17 = 2h + Tue 09-11 = 2h.
    var events = List.of(opened("Mon 09:00", "normal"), reply("Mon 10:00"),
        status("Mon 10:00", CaseStatus.PENDING), message("Mon 12:00"),
        status("Mon 13:00", CaseStatus.OPEN), reply("Mon 15:00"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Mon 16:00"));
    List<MetricInstance> updates = outcome.instances(PERIODIC_UPDATE);
    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).elapsed()).isEqualTo(h(2));
    assertThat(updates.get(0).paused()).isEqualTo(h(3));
    assertThat(updates.get(0).state()).isEqualTo(InstanceState.ACHIEVED);
    assertThat(updates.get(1).elapsed()).isEqualTo(h(1));
    assertThat(updates.get(1).deadline()).contains(at("Tue 11:00"));
    assertThat(updates.get(1).state()).isEqualTo(InstanceState.ACTIVE);
    // While pending, the instance is paused and has no deadline.
    MetricInstance paused = ENGINE.evaluate(events, ANNA, at("Mon 12:30"))
        .instance(PERIODIC_UPDATE, 1).orElseThrow();
    assertThat(paused.state()).isEqualTo(InstanceState.PAUSED);
    assertThat(paused.deadline()).isEmpty();
    assertThat(paused.elapsed()).isZero();
    assertThat(paused.paused()).isEqualTo(h(2.5));
  }

  @Test
  void aCaseOpenedWhileTheCalendarIsClosedStartsCountingAtTheNextOpening() {
    // Opened Sat 10:00: nothing counts until Mon 09:00; a 4h first-response target runs out at
    // Mon 13:00. A reply on Sunday evening has elapsed zero.
    var waiting = List.of(opened("Sat 10:00", "normal"));
    MetricInstance open = ENGINE.evaluate(waiting, ANNA, at("Sun 12:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(open.elapsed()).isZero();
    assertThat(open.state()).isEqualTo(InstanceState.ACTIVE);
    assertThat(open.deadline()).contains(at("nMon 13:00"));
    var answered = List.of(opened("Sat 10:00", "normal"), reply("Sun 20:00"));
    MetricInstance done = ENGINE.evaluate(answered, ANNA, at("nMon 12:00"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(done.elapsed()).isZero();
    assertThat(done.state()).isEqualTo(InstanceState.ACHIEVED);
  }

  @Test
  void aCaseNoPolicyMatchesIsUnpromisedAndSaysWhy() {
    SlaEngine engine = SlaEngine.of(List.of(ServicePolicy.builder("gold-only")
        .when(Fixtures.statusLevelIs("gold")).calendar(OFFICE).target(FIRST_RESPONSE, h(1))
        .objective("0.95").build()));
    CaseOutcome outcome = engine.evaluate(List.of(opened("Mon 09:00", "normal")), ANNA, at("Mon 12:00"));
    assertThat(outcome.promise()).isEqualTo(CaseOutcome.Promise.UNPROMISED);
    assertThat(outcome.policy()).isEmpty();
    assertThat(outcome.instances()).isEmpty();
    assertThat(outcome.why().held()).isFalse();
    assertThat(outcome.why().render()).contains("policy gold-only", "value is unknown",
        "no policy matched");
  }

  @Test
  void aTwentyFourSevenPolicyBesideABusinessHoursOne() {
    // Gold customers get 2h on the 24x7 calendar; everyone else 2h of office hours.
    // Opened Fri 16:00, seen at Fri 19:00: gold has used 3h wall = 3h working: breached by 1h at
    // deadline Fri 18:00. The default policy has used Fri 16-17 = 1h; 1h left -> Mon 10:00.
    SlaEngine engine = SlaEngine.of(List.of(
        ServicePolicy.builder("gold-24x7").when(Fixtures.statusLevelIs("gold")).calendar(ALWAYS)
            .target(FIRST_RESPONSE, h(2)).objective("0.95").build(),
        ServicePolicy.builder("office").calendar(OFFICE).target(FIRST_RESPONSE, h(2))
            .objective("0.9").build()));
    var events = List.of(opened("Fri 16:00", "normal"));
    CaseOutcome gold = engine.evaluate(events, GOLD_ANNA, at("Fri 19:00"));
    assertThat(gold.policy().map(ServicePolicy::id)).contains("gold-24x7");
    MetricInstance g = gold.instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(g.calendar()).isEqualTo("24x7");
    assertThat(g.elapsed()).isEqualTo(h(3));
    assertThat(g.deadline()).contains(at("Fri 18:00"));
    assertThat(g.state()).isEqualTo(InstanceState.BREACHED);
    assertThat(g.breachedBy()).isEqualTo(h(1));
    CaseOutcome plain = engine.evaluate(events, ANNA, at("Fri 19:00"));
    assertThat(plain.policy().map(ServicePolicy::id)).contains("office");
    assertThat(plain.why().render()).contains("[ ] policy gold-24x7", "[x] policy office");
    MetricInstance o = plain.instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(o.elapsed()).isEqualTo(h(1));
    assertThat(o.deadline()).contains(at("nMon 10:00"));
    assertThat(o.state()).isEqualTo(InstanceState.ACTIVE);
  }

  @Test
  void eventsAfterAsOfAreIgnoredAndACaseOpenedLaterHasNoOutcome() {
    var events = List.of(opened("Mon 09:00", "normal"), reply("Mon 10:00"));
    MetricInstance before = ENGINE.evaluate(events, ANNA, at("Mon 09:30"))
        .instance(FIRST_RESPONSE, 1).orElseThrow();
    assertThat(before.stop()).isEmpty();
    assertThat(before.elapsed()).isEqualTo(m(30));
    CaseOutcome early = ENGINE.evaluate(events, ANNA, at("Mon 08:00"));
    assertThat(early.promise()).isEqualTo(CaseOutcome.Promise.NOT_YET_OPENED);
    assertThat(early.instances()).isEmpty();
    assertThat(early.policy()).isEqualTo(Optional.empty());
  }

  @Test
  void aRepeatedEventIdCountsOnce() {
    // The reply at 10:00 is delivered twice (ids equal): the second copy, at 11:00, is dropped,
    // so no next-response wait ends at 11:00 and first response stays 1h.
    var events = List.of(opened("Mon 09:00", "normal"), reply("Mon 10:00").withId("r1"),
        message("Mon 10:30"), reply("Mon 11:00").withId("r1"));
    CaseOutcome outcome = ENGINE.evaluate(events, ANNA, at("Mon 12:00"));
    assertThat(outcome.instance(FIRST_RESPONSE, 1).orElseThrow().elapsed()).isEqualTo(h(1));
    assertThat(outcome.instance(NEXT_RESPONSE, 1).orElseThrow().stop()).isEmpty();
  }
}
