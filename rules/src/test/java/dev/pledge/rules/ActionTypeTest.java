package dev.pledge.rules;

import static dev.pledge.rules.EscalationFixture.ANNA;
import static dev.pledge.rules.EscalationFixture.at;
import static dev.pledge.rules.EscalationFixture.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pledge.InvalidValueException;
import dev.pledge.Pledge;
import dev.pledge.config.ConfigException;
import dev.pledge.config.Problem;
import dev.pledge.escalation.CustomAction;
import dev.pledge.escalation.DueStep;
import dev.pledge.escalation.EscalationStep;
import dev.pledge.escalation.Escalations;
import dev.pledge.escalation.StepActions;
import dev.pledge.rule.ActionType;
import dev.pledge.rule.RuleDefinitionException;
import dev.pledge.rule.RuleModule;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action types that a module registered in code contributes: bound from a step's {@code then},
 * returned as data when the step falls due, and the load errors for unknown and duplicate names.
 */
class ActionTypeTest {

  /** The parameters of {@code open-ticket}. */
  record OpenTicket(@NotBlank String queue) {}

  /** A module adding {@code open-ticket}; the queue {@code "nowhere"} is refused by the factory. */
  static final class Tickets implements RuleModule {
    private final String name;

    Tickets(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<ActionType<?>> actionTypes() {
      return List.of(ActionType.of("open-ticket", OpenTicket.class, (p, ctx) -> {
        if (p.queue().equals("nowhere")) {
          throw new RuleDefinitionException("queue", "no queue is called \"nowhere\"");
        }
        return p;
      }));
    }
  }

  private static String config(String then) {
    return """
        {"pledge": 1, "zone": "UTC",
         "calendars": {"office": {"week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"]}}},
         "servicePolicies": [{"id": "std", "calendar": "office", "targets": {"first-response": "PT4H"},
            "objective": 0.9}],
         "escalation": {"steps": [
            {"id": "breach", "when": {"type": "breached", "metric": "first-response"}, "then": %s}]}}
        """.formatted(then);
  }

  private static List<Problem> problems(Pledge.Builder builder, String json) {
    try {
      builder.loadJson(json);
    } catch (ConfigException e) {
      return e.problems();
    }
    throw new AssertionError("the document loaded");
  }

  @Test
  void customActionFromJsonIsReturnedWhenTheStepFallsDue() {
    Pledge pledge = Pledge.builder().module(new Tickets("tickets"))
        .loadJson(config("{\"notify\": [\"team-lead\"], \"open-ticket\": {\"queue\": \"billing\"}}"));

    Escalations e = pledge.escalation().evaluate(List.of(opened("Mon 09:00")), ANNA, at("Mon 13:00"));

    assertThat(e.due()).singleElement().satisfies(d -> {
      assertThat(d.dueAt()).isEqualTo(at("Mon 13:00"));
      assertThat(d.actions().notifyRoles()).containsExactly("team-lead");
      assertThat(d.actions().custom()).containsExactly(new CustomAction("open-ticket", new OpenTicket("billing")));
      assertThat(d.actions().custom("open-ticket")).contains(new OpenTicket("billing"));
    });
  }

  @Test
  void stepWithoutCustomActionsHasNone() {
    Pledge pledge = Pledge.builder().module(new Tickets("tickets")).loadJson(config("{\"notify\": [\"a\"]}"));

    Escalations e = pledge.escalation().evaluate(List.of(opened("Mon 09:00")), ANNA, at("Mon 13:00"));

    assertThat(e.due()).extracting(DueStep::actions).extracting(StepActions::custom).containsExactly(List.of());
  }

  @Test
  void unknownActionKeyIsAnErrorListingTheKnownActions() {
    List<Problem> problems = problems(Pledge.builder().module(new Tickets("tickets")),
        config("{\"open-tiket\": {\"queue\": \"billing\"}}"));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(tuple(
        "/escalation/steps/0/then/open-tiket",
        "unknown action \"open-tiket\"; known actions: compensate, keepOwner, moveToLine, notify, open-ticket, "
            + "raisePriority. If a module defines it, that module may be missing from the class path"));
    assertThat(problems.get(0).line()).isEqualTo(6);
  }

  @Test
  void customActionWithoutItsModuleIsUnknown() {
    List<Problem> problems = problems(Pledge.builder(), config("{\"open-ticket\": {\"queue\": \"billing\"}}"));

    assertThat(problems).extracting(Problem::pointer).containsExactly("/escalation/steps/0/then/open-ticket");
    assertThat(problems.get(0).message()).startsWith("unknown action \"open-ticket\"; known actions: compensate, "
        + "keepOwner, moveToLine, notify, raisePriority.");
  }

  @Test
  void parametersAreBoundValidatedAndCheckedByTheFactory() {
    assertThat(problems(Pledge.builder().module(new Tickets("tickets")), config("{\"open-ticket\": {\"queue\": \"\"}}")))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(tuple("/escalation/steps/0/then/open-ticket/queue", "must be a non-empty string, but was \"\""));
    assertThat(problems(Pledge.builder().module(new Tickets("tickets")), config("{\"open-ticket\": {\"desk\": \"x\"}}")))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(tuple("/escalation/steps/0/then/open-ticket/desk",
            "unknown property \"desk\"; expected one of: queue"));
    assertThat(problems(Pledge.builder().module(new Tickets("tickets")),
        config("{\"open-ticket\": {\"queue\": \"nowhere\"}}")))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(tuple("/escalation/steps/0/then/open-ticket/queue", "no queue is called \"nowhere\""));
  }

  @Test
  void twoModulesDefiningTheSameActionIsAnError() {
    List<Problem> problems = problems(Pledge.builder().module(new Tickets("tickets")).module(new Tickets("more-tickets")),
        config("{\"notify\": [\"a\"]}"));

    assertThat(problems).extracting(Problem::message)
        .containsExactly("action type \"open-ticket\" is defined by both tickets and more-tickets");
  }

  @Test
  void aModuleCannotRedefineABuiltInAction() {
    RuleModule notify = new RuleModule() {
      @Override
      public String name() {
        return "loud";
      }

      @Override
      public List<ActionType<?>> actionTypes() {
        return List.of(ActionType.of("notify", OpenTicket.class, (p, ctx) -> p));
      }
    };

    assertThat(problems(Pledge.builder().module(notify), config("{\"notify\": [\"a\"]}")))
        .extracting(Problem::message).containsExactly("action type \"notify\" is defined by both pledge-core and loud");
  }

  @Test
  void builderRejectsBuiltInAndRepeatedCustomActions() {
    EscalationStep.Builder step = EscalationStep.builder("s").action("open-ticket", new OpenTicket("q"));

    assertThatThrownBy(() -> step.action("open-ticket", new OpenTicket("r")))
        .isInstanceOf(InvalidValueException.class).hasMessage("action \"open-ticket\" is given twice in step \"s\"");
    assertThatThrownBy(() -> step.action("moveToLine", 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"moveToLine\" is a built-in action; a custom action needs another name");
  }
}
