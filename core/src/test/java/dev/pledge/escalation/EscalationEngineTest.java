package dev.pledge.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.testrules.TestRuleModule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The escalation engine as configured in core's test document: lines 1 and 2, urgent cases enter
 * on line 2, and the step "late" (notify the team lead, move to line 2) falls due when a first
 * response passes its deadline. The calendar is 24x7 and the default promise is a first response in
 * 4 hours, so a case opened at 09:00 is late from 13:00.
 */
class EscalationEngineTest {
  private static final EscalationEngine ENGINE = Pledge.builder().withoutDiscovery()
      .module(new TestRuleModule()).load(Path.of("src/test/resources/core-test.json")).escalation();
  private static final CustomerContext BOB = CustomerContext.of(Customer.of("bob"));
  private static final CaseEvent OPENED =
      CaseEvent.opened("c1", Instant.parse("2026-06-01T09:00:00Z"), "bob", "email", "normal");

  @Test
  void thePolicyIsTheConfiguredOne() {
    // Lines 0 to 3 always exist; the document renames 1 and 2, 0 and 3 keep their default names.
    assertThat(ENGINE.policy().lines()).extracting(SupportLine::level, SupportLine::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "self-service"),
            org.assertj.core.groups.Tuple.tuple(1, "front"), org.assertj.core.groups.Tuple.tuple(2, "experts"),
            org.assertj.core.groups.Tuple.tuple(3, "management"));
    assertThat(ENGINE.policy().steps()).extracting(EscalationStep::id).containsExactly("late");
  }

  @Test
  void beforeTheDeadlineNothingIsDueAndTheNextCheckIsTheDeadline() {
    Escalations e = ENGINE.evaluate(List.of(OPENED), BOB, Instant.parse("2026-06-01T12:59:59Z"));
    assertThat(e.due()).isEmpty();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.nextCheckAt()).contains(Instant.parse("2026-06-01T13:00:00Z"));
  }

  @Test
  void atTheDeadlineTheStepIsDueWithItsActions() {
    Escalations e = ENGINE.evaluate(List.of(OPENED), BOB, Instant.parse("2026-06-01T13:00:00Z"));
    assertThat(e.due()).singleElement().satisfies(d -> {
      assertThat(d.step()).isEqualTo("late");
      assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-06-01T13:00:00Z"));
      assertThat(d.actions()).hasToString("notify team-lead; move to line 2");
    });
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void anEscalatedEventRecordsTheStepSoItIsNoLongerDue() {
    Escalations e = ENGINE.evaluate(List.of(OPENED,
            CaseEvent.escalated("c1", Instant.parse("2026-06-01T13:05:00Z"), "late")), BOB,
        Instant.parse("2026-06-01T14:00:00Z"));
    assertThat(e.due()).isEmpty();
    // The move to line 2 happened when the step fell due, recorded or not.
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void aRatingAfterTheCaseWasClosedChangesNoStepAndNoNextCheck() {
    List<CaseEvent> closed = List.of(OPENED, CaseEvent.agentReply("c1", Instant.parse("2026-06-01T14:00:00Z")),
        CaseEvent.status("c1", Instant.parse("2026-06-01T15:00:00Z"), dev.pledge.sla.CaseStatus.CLOSED));
    List<CaseEvent> rated = new java.util.ArrayList<>(closed);
    rated.add(CaseEvent.satisfaction("c1", Instant.parse("2026-06-01T16:00:00Z"), 1));
    Instant asOf = Instant.parse("2026-06-01T17:00:00Z");

    Escalations e = ENGINE.evaluate(rated, BOB, asOf);

    assertThat(e).isEqualTo(ENGINE.evaluate(closed, BOB, asOf));
    assertThat(e.due()).extracting(DueStep::step, DueStep::dueAt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("late", Instant.parse("2026-06-01T13:00:00Z")));
  }

  @Test
  void noEventsIsAnError() {
    assertThatThrownBy(() -> ENGINE.evaluate(List.of(), BOB, Instant.parse("2026-06-01T13:00:00Z")))
        .isInstanceOf(RuntimeException.class);
  }
}
