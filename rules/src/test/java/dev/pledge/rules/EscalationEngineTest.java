package dev.pledge.rules;

import static dev.pledge.rules.EscalationFixture.ANNA;
import static dev.pledge.rules.EscalationFixture.PLEDGE;
import static dev.pledge.rules.EscalationFixture.at;
import static dev.pledge.rules.EscalationFixture.escalated;
import static dev.pledge.rules.EscalationFixture.opened;
import static dev.pledge.rules.EscalationFixture.reply;
import static dev.pledge.rules.EscalationFixture.status;
import static dev.pledge.rules.EscalationFixture.transfer;
import static dev.pledge.rules.EscalationFixture.transferToLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Customer;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierProgram;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The escalation engine on the standard condition types, worked by hand. Office hours are
 * Monday to Friday 09:00-17:00 UTC (8 working hours a day); first response 4 h, resolution 16 h,
 * so the 75 % warning falls at 12 working hours.
 */
class EscalationEngineTest {

  private static Escalations evaluate(List<CaseEvent> events, Instant asOf) {
    return PLEDGE.escalation().evaluate(events, ANNA, asOf);
  }

  private static List<String> steps(Escalations e) {
    return e.due().stream().map(DueStep::step).toList();
  }

  @Test
  void warningAtSeventyFivePercentFallsDueAcrossTheWeekend() {
    // Opened Fri 15:00, answered Fri 16:00. Resolution's 12 h (0.75 * 16 h): Fri 15-17 = 2 h,
    // Mon 09-17 = 8 h (10 h), Tue 09:00 + 2 h = Tue 11:00 (the weekend counts nothing).
    List<CaseEvent> events = List.of(opened("Fri 15:00"), reply("Fri 16:00"));
    Instant due = at("nTue 11:00");

    Escalations before = evaluate(events, due.minusNanos(1));
    assertThat(before.due()).isEmpty();
    assertThat(before.nextCheckAt()).contains(due);

    Escalations then = evaluate(events, due);
    assertThat(then.due()).singleElement().satisfies(d -> {
      assertThat(d.step()).isEqualTo("warn");
      assertThat(d.dueAt()).isEqualTo(due);
      assertThat(d.actions().notifyRoles()).containsExactly("assignee");
    });
    // The breach of resolution (16 h) is 4 working hours later: Tue 11:00 + 4 h = Tue 15:00.
    assertThat(then.nextCheckAt()).contains(at("nTue 15:00"));
    assertThat(then.line()).isEqualTo(1);
  }

  @Test
  void firstResponseBreachMovesTheCaseToLineTwo() {
    // Opened Mon 09:00 with no reply: first response (4 h) breaches at Mon 13:00.
    List<CaseEvent> events = List.of(opened("Mon 09:00"));
    Escalations e = evaluate(events, at("Mon 14:00"));

    assertThat(e.due()).singleElement().satisfies(d -> {
      assertThat(d.step()).isEqualTo("breach");
      assertThat(d.dueAt()).isEqualTo(at("Mon 13:00"));
      assertThat(d.actions().moveToLine()).hasValue(2);
      assertThat(d.actions().notifyRoles()).containsExactly("team-lead");
    });
    assertThat(e.line()).isEqualTo(2);
    assertThat(PLEDGE.escalation().policy().lineName(e.line())).isEqualTo("experts");
    // Next: the warning at 12 h of resolution: Mon 8 h, then Tue 09:00 + 4 h = Tue 13:00.
    assertThat(e.nextCheckAt()).contains(at("Tue 13:00"));
    // At Mon 12:59 the case is still on line 1 and nothing is due.
    Escalations early = evaluate(events, at("Mon 12:59"));
    assertThat(early.due()).isEmpty();
    assertThat(early.line()).isEqualTo(1);
    assertThat(early.nextCheckAt()).contains(at("Mon 13:00"));
  }

  @Test
  void thirdTransferTriggersKeepOwner() {
    // Ping-pong: alice -> bob (line 2) -> carol. The third transfer (Mon 12:00) makes the step due;
    // it moves the case to line 3 and keeps alice, the first owner, responsible.
    List<CaseEvent> events = new ArrayList<>(List.of(opened("Mon 09:00"), reply("Mon 09:30"),
        transfer("Mon 10:00", "alice"), transferToLine("Mon 11:00", "bob", 2)));

    Escalations twice = evaluate(events, at("Mon 11:30"));
    assertThat(twice.due()).isEmpty();
    assertThat(twice.owner()).contains("bob");
    assertThat(twice.line()).isEqualTo(2);

    events.add(transfer("Mon 12:00", "carol"));
    Escalations thrice = evaluate(events, at("Mon 12:30"));
    assertThat(thrice.due()).singleElement().satisfies(d -> {
      assertThat(d.step()).isEqualTo("ping-pong");
      assertThat(d.dueAt()).isEqualTo(at("Mon 12:00"));
      assertThat(d.actions().keepOwner()).isTrue();
    });
    assertThat(thrice.owner()).contains("alice");
    assertThat(thrice.line()).isEqualTo(3);

    // A fourth transfer moves the work, not the responsibility.
    events.add(transfer("Mon 13:00", "dave"));
    assertThat(evaluate(events, at("Mon 13:30")).owner()).contains("alice");
  }

  @Test
  void platinumCustomersStartOnLineTwo() {
    List<CaseEvent> events = List.of(opened("Mon 09:00"));
    assertThat(PLEDGE.escalation().evaluate(events, ANNA.withLevel("status", "platinum"), at("Mon 09:00")).line())
        .isEqualTo(2);
    assertThat(PLEDGE.escalation().evaluate(events, ANNA.withLevel("status", "gold"), at("Mon 09:00")).line())
        .isEqualTo(1);
  }

  @Test
  void compensationLiftsTheCustomerOverTheGoldThreshold() {
    // Anna has 95 xp, gold needs 100. Opened Mon 09:00, answered 09:10, never solved: resolution
    // (16 h) breaches at Mon 8 h + Tue 8 h = Tue 17:00, and "sorry" credits 10 xp then.
    List<CaseEvent> events = List.of(opened("Mon 09:00"), reply("Mon 09:10"));
    Escalations e = evaluate(events, at("Wed 09:00"));
    assertThat(steps(e)).containsExactly("warn", "sorry");
    DueStep sorry = e.due().get(1);
    assertThat(sorry.dueAt()).isEqualTo(at("Tue 17:00"));
    Activity goodwill = sorry.compensation().orElseThrow();
    assertThat(goodwill.customer()).isEqualTo("anna");
    assertThat(goodwill.at()).isEqualTo(at("Tue 17:00"));
    assertThat(goodwill.kind()).isEqualTo("goodwill");
    assertThat(goodwill.number("xp")).contains(new BigDecimal("10"));
    assertThat(goodwill.id()).contains("escalation:c1:sorry:1");

    TierProgram status = PLEDGE.tiers("status");
    Activity flights = new Activity("anna", at("Mon 08:00"), "flight", Optional.empty(),
        Map.of("xp", new BigDecimal("95")));
    Customer anna = Customer.of("anna");
    assertThat(status.evaluate(anna, List.of(flights), at("Wed 09:00")).level()).isEqualTo("base");
    assertThat(status.evaluate(anna, List.of(flights, goodwill), at("Wed 09:00")).level()).isEqualTo("gold");
    // Replaying the same compensation twice counts once (its id is derived from case and step).
    Activity again = evaluate(events, at("Wed 10:00")).due().get(1).compensation().orElseThrow();
    assertThat(again).isEqualTo(goodwill);
    assertThat(status.evaluate(anna, List.of(flights, goodwill, again), at("Wed 09:00")).progress())
        .isEqualTo(status.evaluate(anna, List.of(flights, goodwill), at("Wed 09:00")).progress());
  }

  @Test
  void stepRecordedByEscalatedEventIsNotReturnedAgain() {
    List<CaseEvent> events = List.of(opened("Mon 09:00"), escalated("Mon 13:05", "breach"));
    Escalations e = evaluate(events, at("Mon 14:00"));
    assertThat(e.due()).isEmpty();
    assertThat(e.line()).isEqualTo(2); // the recorded step still moved the case
    assertThat(e.nextCheckAt()).contains(at("Tue 13:00"));
  }

  @Test
  void noTimeBasedCheckWhileResolutionIsPausedAndOneAfterItResumes() {
    // Opened Mon 09:00, answered 09:30 (first response achieved), pending from Mon 10:00:
    // resolution has used 1 h and is paused, so no step can fall due without a new event.
    List<CaseEvent> events = new ArrayList<>(List.of(opened("Mon 09:00"), reply("Mon 09:30"),
        status("Mon 10:00", CaseStatus.PENDING)));
    Escalations paused = evaluate(events, at("Mon 12:00"));
    assertThat(paused.due()).isEmpty();
    assertThat(paused.nextCheckAt()).isEmpty();

    // Open again Tue 10:00: 11 h to go to 12 h: Tue 10-17 = 7 h, Wed 09:00 + 4 h = Wed 13:00.
    events.add(status("Tue 10:00", CaseStatus.OPEN));
    Escalations resumed = evaluate(events, at("Tue 12:00"));
    assertThat(resumed.due()).isEmpty();
    assertThat(resumed.nextCheckAt()).contains(at("Wed 13:00"));
  }

  @Test
  void solvedCaseHasNothingPending() {
    List<CaseEvent> events = List.of(opened("Mon 09:00"), reply("Mon 09:10"), status("Mon 11:00", CaseStatus.SOLVED));
    Escalations e = evaluate(events, at("Fri 09:00"));
    assertThat(e.due()).isEmpty();
    assertThat(e.nextCheckAt()).isEmpty();
  }

  @Test
  void caseOpenedAfterAsOfHasNothingDue() {
    Escalations e = evaluate(List.of(opened("Tue 09:00")), at("Mon 09:00"));
    assertThat(e.due()).isEmpty();
    assertThat(e.nextCheckAt()).isEmpty();
    assertThat(e.caseId()).isEqualTo("c1");
  }

  @Test
  void exampleProgramHasADefaultWarningAtThreeQuartersOfResolution() {
    // A sanity check of the unit: 0.75 of 16 h is 12 working hours after the start.
    Instant start = at("Mon 09:00");
    Instant due = evaluate(List.of(opened("Mon 09:00"), reply("Mon 09:01")), at("Wed 09:00")).due().get(0).dueAt();
    assertThat(PLEDGE.calendar("office").between(start, due)).isEqualTo(Duration.ofHours(12));
  }
}
