package dev.pledge.rules;

import static dev.pledge.rules.EscalationFixture.ANNA;
import static dev.pledge.rules.EscalationFixture.at;
import static dev.pledge.rules.EscalationFixture.escalated;
import static dev.pledge.rules.EscalationFixture.opened;
import static dev.pledge.rules.EscalationFixture.reply;
import static dev.pledge.rules.EscalationFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warnings a fixed working time before a deadline ({@code remaining}) and pause statuses per metric
 * ({@code pauseOn}) in escalation, worked by hand. Office Monday to Friday 09:00-17:00 UTC, week of
 * Monday 2026-03-02.
 */
class RemainingAndPauseOnEscalationTest {

  private static Pledge pledge(String targets, String steps) {
    return Pledge.builder().loadJson("""
        {"pledge": 1, "zone": "UTC",
         "calendars": {"office": {"week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"],
            "wed": ["09:00-17:00"], "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]}}},
         "servicePolicies": [{"id": "std", "calendar": "office", "targets": %s, "objective": 0.9}],
         "escalation": {"steps": %s}}
        """.formatted(targets, steps));
  }

  private static final Pledge WARN_AN_HOUR_BEFORE = pledge("{\"resolution\": \"PT8H\"}", """
      [{"id": "last-hour", "when": {"type": "remaining", "metric": "resolution", "atMost": "PT1H"},
        "then": {"notify": ["assignee"]}}]""");

  private static Escalations evaluate(Pledge pledge, List<CaseEvent> events, Instant asOf) {
    return pledge.escalation().evaluate(events, ANNA, asOf);
  }

  private static List<String> steps(Escalations e) {
    return e.due().stream().map(DueStep::step).toList();
  }

  @Test
  void theIssuesExampleAnHourBeforeTheDeadline() {
    // resolution PT8H, warn with at most PT1H left. Opened Mon 15:00: 7 h of working time later:
    // Mon 15-17 = 2 h, then Tue 09:00 + 5 h = Tue 14:00. The deadline is one working hour after:
    // Tue 15:00.
    List<CaseEvent> events = List.of(opened("Mon 15:00"));
    Escalations before = evaluate(WARN_AN_HOUR_BEFORE, events, at("Tue 14:00").minusNanos(1));
    assertThat(before.due()).isEmpty();
    assertThat(before.nextCheckAt()).contains(at("Tue 14:00"));
    Escalations then = evaluate(WARN_AN_HOUR_BEFORE, events, at("Tue 14:00"));
    assertThat(then.due()).singleElement().satisfies(d -> {
      assertThat(d.step()).isEqualTo("last-hour");
      assertThat(d.dueAt()).isEqualTo(at("Tue 14:00"));
    });
    assertThat(WARN_AN_HOUR_BEFORE.sla().evaluate(events, ANNA, at("Tue 14:00")).instances().get(0).deadline())
        .contains(at("Tue 15:00"));
    // Once per instance: recorded, it is not due again, even breached (none left, still running).
    List<CaseEvent> recorded = List.of(opened("Mon 15:00"), escalated("Tue 14:05", "last-hour"));
    assertThat(evaluate(WARN_AN_HOUR_BEFORE, recorded, at("Wed 12:00")).due()).isEmpty();
  }

  @Test
  void aSolveBeforeTheWarningMeansNoWarningAndAStopExactlyThenWins() {
    // Solved Tue 13:59: 6 h 59 min used, more than 1 h left, and no longer running: never due.
    List<CaseEvent> early = List.of(opened("Mon 15:00"), status("Tue 13:59", CaseStatus.SOLVED));
    Escalations e = evaluate(WARN_AN_HOUR_BEFORE, early, at("Wed 12:00"));
    assertThat(e.due()).isEmpty();
    assertThat(e.nextCheckAt()).isEmpty();
    // Solved exactly at Tue 14:00, the instant the warning would fall due: the stop wins.
    List<CaseEvent> exactly = List.of(opened("Mon 15:00"), status("Tue 14:00", CaseStatus.SOLVED));
    assertThat(evaluate(WARN_AN_HOUR_BEFORE, exactly, at("Wed 12:00")).due()).isEmpty();
  }

  @Test
  void aSolvedInstanceNoLongerHoldsAndAReopenBeforeTheWarningStillGetsIt() {
    // Solved Tue 10:00 (3 h used), reopened Tue 11:00: 7 h are reached at Tue 11:00 + 4 h = 15:00.
    List<CaseEvent> events = List.of(opened("Mon 15:00"), status("Tue 10:00", CaseStatus.SOLVED),
        status("Tue 11:00", CaseStatus.OPEN));
    Escalations at14 = evaluate(WARN_AN_HOUR_BEFORE, events, at("Tue 14:00"));
    assertThat(at14.due()).isEmpty();
    assertThat(at14.nextCheckAt()).contains(at("Tue 15:00"));
    assertThat(steps(evaluate(WARN_AN_HOUR_BEFORE, events, at("Tue 15:00")))).containsExactly("last-hour");
  }

  @Test
  void atMostNotLessThanTheTargetFallsDueAtTheStartEvenWhenTheOfficeIsClosed() {
    // resolution PT8H, warn with at most PT9H left: from the start on. Opened Sat 10:00 (closed):
    // due Sat 10:00 exactly, though no working time has passed.
    Pledge pledge = pledge("{\"resolution\": \"PT8H\"}", """
        [{"id": "at-once", "when": {"type": "remaining", "metric": "resolution", "atMost": "PT9H"},
          "then": {"notify": ["assignee"]}}]""");
    List<CaseEvent> events = List.of(opened("Sat 10:00"));
    assertThat(evaluate(pledge, events, at("Sat 10:00")).due()).singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(at("Sat 10:00")));
  }

  @Test
  void aWarningReachedExactlyWhenTheCaseGoesPendingIsDueThen() {
    // Opened Mon 09:00, pending at Mon 16:00 after exactly 7 h: 1 h left at that instant, and the
    // instance still runs (paused): due Mon 16:00. (A breach at a pause is different: see below.)
    List<CaseEvent> events = List.of(opened("Mon 09:00"), status("Mon 16:00", CaseStatus.PENDING));
    assertThat(evaluate(WARN_AN_HOUR_BEFORE, events, at("Mon 16:00")).due()).singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(at("Mon 16:00")));
  }

  @Test
  void escalationCrossingsHonourPauseOn() {
    // first-response PT1H pausing while pending: opened Mon 09:00, pending 09:20 (20 min used),
    // open 11:00: 40 min left, breach at 11:40. Under the default (never paused) the breach is 10:00.
    String breach = """
        [{"id": "breach", "when": {"type": "breached", "metric": "first-response"}, "then": {"notify": ["lead"]}}]""";
    List<CaseEvent> events = List.of(opened("Mon 09:00"), status("Mon 09:20", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN));
    Pledge pausing = pledge("{\"first-response\": {\"within\": \"PT1H\", \"pauseOn\": [\"pending\"]}}", breach);
    Escalations e = evaluate(pausing, events, at("Mon 11:00"));
    assertThat(e.due()).isEmpty();
    assertThat(e.nextCheckAt()).contains(at("Mon 11:40"));
    // While pending, no time-based check is coming.
    assertThat(evaluate(pausing, events, at("Mon 10:00")).nextCheckAt()).isEmpty();
    Pledge plain = pledge("{\"first-response\": \"PT1H\"}", breach);
    assertThat(evaluate(plain, events, at("Mon 11:00")).due()).singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(at("Mon 10:00")));
    // Answered at 11:30 (50 min used): achieved, so the breach never comes.
    List<CaseEvent> answered = List.of(opened("Mon 09:00"), status("Mon 09:20", CaseStatus.PENDING),
        status("Mon 11:00", CaseStatus.OPEN), reply("Mon 11:30"));
    assertThat(evaluate(pausing, answered, at("Mon 12:00")).due()).isEmpty();
  }

  @Test
  void theExplanationSaysHowMuchIsLeft() {
    // A history with 2 h left on a running resolution: more than 1 h, so it does not hold; with
    // 30 min left it holds; stopped with 30 min left it does not, and says why.
    var left = new CaseHistoryConditions.TimeLeft("resolution", java.time.Duration.ofHours(1));
    assertThat(explain(left, java.time.Duration.ofHours(2), true)).isEqualTo(
        "[ ] remaining resolution at most PT1H: resolution has PT2H of working time left, more than PT1H");
    assertThat(explain(left, java.time.Duration.ofMinutes(30), true)).isEqualTo(
        "[x] remaining resolution at most PT1H: resolution has PT30M of working time left");
    assertThat(explain(left, java.time.Duration.ofMinutes(30), false)).isEqualTo(
        "[ ] remaining resolution at most PT1H: resolution has PT30M of working time left, but its latest"
            + " instance has stopped");
    assertThat(left.explain(dev.pledge.rule.Facts.builder().build()).toString()).contains("no case history");
  }

  private static String explain(CaseHistoryConditions.TimeLeft condition, java.time.Duration left, boolean running) {
    dev.pledge.escalation.CaseHistory history = new dev.pledge.escalation.CaseHistory() {
      @Override
      public java.util.Optional<java.math.BigDecimal> elapsedFraction(String metric) {
        return java.util.Optional.empty();
      }

      @Override
      public boolean reached(String metric, java.math.BigDecimal share) {
        return false;
      }

      @Override
      public boolean remainingAtMost(String metric, java.time.Duration atMost) {
        return running && left.compareTo(atMost) <= 0;
      }

      @Override
      public java.util.Optional<java.time.Duration> remaining(String metric) {
        return java.util.Optional.of(left);
      }

      @Override
      public int transfers() {
        return 0;
      }

      @Override
      public int reopened() {
        return 0;
      }

      @Override
      public int customerMessagesSinceReply() {
        return 0;
      }

      @Override
      public int line() {
        return 1;
      }
    };
    return condition.explain(dev.pledge.rule.Facts.builder().extension(dev.pledge.escalation.CaseHistory.class,
        history).build()).toString();
  }
}
