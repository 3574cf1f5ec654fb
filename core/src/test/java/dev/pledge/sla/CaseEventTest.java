package dev.pledge.sla;

import static dev.pledge.sla.Fixtures.ANNA;
import static dev.pledge.sla.Fixtures.OFFICE;
import static dev.pledge.sla.Fixtures.at;
import static dev.pledge.sla.Fixtures.h;
import static dev.pledge.sla.Fixtures.opened;
import static dev.pledge.sla.Fixtures.reply;
import static dev.pledge.sla.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building case events, and the precise errors for bad ones. */
class CaseEventTest {
  private static final SlaEngine ENGINE = SlaEngine.of(List.of(ServicePolicy.builder("p")
      .calendar(OFFICE).target(Metric.FIRST_RESPONSE, h(1)).objective("1").build()));

  @Test
  void openedCarriesItsFields() {
    CaseEvent e = CaseEvent.builder("c9", at("Mon 09:00"), "opened").id("e1").customer("anna")
        .channel("chat").priority("high").tags(Set.of("vip")).attributes(Map.of("lang", "pl"))
        .build();
    assertThat(e.type()).isEqualTo(CaseEventType.OPENED);
    assertThat(e.channel()).contains("chat");
    assertThat(e.tags()).containsExactly("vip");
    assertThat(e.attributes()).containsEntry("lang", "pl");
    assertThat(e.status()).isEmpty();
    assertThat(e).isEqualTo(e.toBuilder().build());
  }

  @Test
  void satisfactionCarriesItsScoreAndComment() {
    CaseEvent rated = CaseEvent.builder("c9", at("Tue 09:00"), "satisfaction").id("s1").score(4)
        .comment("quick, thanks").build();

    assertThat(rated.type()).isEqualTo(CaseEventType.SATISFACTION);
    assertThat(rated.score()).hasValue(4);
    assertThat(rated.comment()).contains("quick, thanks");
    assertThat(rated.status()).isEmpty();
    assertThat(rated).isEqualTo(rated.toBuilder().build()).hasSameHashCodeAs(rated.toBuilder().build())
        .isNotEqualTo(rated.toBuilder().score(5).build())
        .isNotEqualTo(rated.toBuilder().comment("slow").build());
    assertThat(rated).hasToString("CaseEvent[case c9, satisfaction at 2026-03-03T09:00:00Z (id s1), score 4, "
        + "comment \"quick, thanks\"]");
    assertThat(CaseEvent.satisfaction("c9", at("Tue 09:00"), 1).comment()).isEmpty();
    assertThat(CaseEvent.agentReply("c9", at("Tue 09:00")).score()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
  void aScoreOutsideOneToFiveIsRejectedWithTheRange(int score) {
    assertThatThrownBy(() -> CaseEvent.satisfaction("c9", at("Tue 09:00"), score))
        .isInstanceOf(InvalidCaseEventException.class)
        .hasMessage("case c9, event satisfaction at 2026-03-03T09:00:00Z: \"score\" must be a whole number "
            + "from 1 to 5, but was " + score);
  }

  @Test
  void aSatisfactionWithoutScoreAndScoresOrCommentsOnOtherTypesAreRejected() {
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Tue 09:00"), CaseEventType.SATISFACTION)
        .comment("fine").build())
        .isInstanceOf(InvalidCaseEventException.class).hasMessageContaining("satisfaction events need \"score\"");
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Tue 09:00"), CaseEventType.INTERNAL_NOTE).score(3))
        .isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("\"score\" is not a field of internal-note events");
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Tue 09:00"), CaseEventType.STATUS).comment("hi"))
        .isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("\"comment\" is not a field of status events");
  }

  @Test
  void aRatingAfterTheCaseWasClosedIsAcceptedAndChangesNoPromise() {
    var closed = List.of(opened("Mon 09:00", "normal"), reply("Mon 11:00"), status("Mon 12:00", CaseStatus.CLOSED));
    var rated = new java.util.ArrayList<>(closed);
    rated.add(CaseEvent.satisfaction(Fixtures.CASE, at("Tue 10:00"), 2));
    rated.add(CaseEvent.builder(Fixtures.CASE, at("Wed 10:00"), CaseEventType.SATISFACTION).score(5)
        .comment("changed my mind").build());

    CaseOutcome outcome = ENGINE.evaluate(rated, ANNA, at("Thu 12:00"));

    assertThat(outcome).isEqualTo(ENGINE.evaluate(closed, ANNA, at("Thu 12:00")));
    assertThat(outcome.instance(Metric.FIRST_RESPONSE, 1).orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
  }

  @Test
  void anUnknownTypeNamesTheCaseAndListsTheKnownTypes() {
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Mon 09:00"), "agent-replied"))
        .isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("case c9").hasMessageContaining("\"agent-replied\"")
        .hasMessageContaining("agent-reply");
  }

  @Test
  void anUnknownStatusNamesTheCaseAndTheEvent() {
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Mon 09:00"), "status").id("e4")
        .status("waiting").build())
        .isInstanceOf(UnknownStatusException.class)
        .hasMessageContaining("case c9, event status at 2026-03-02T09:00:00Z (id e4)")
        .hasMessageContaining("\"waiting\"").hasMessageContaining("on-hold");
  }

  @Test
  void aMissingOrForeignFieldIsRejected() {
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Mon 09:00"), CaseEventType.STATUS).build())
        .isInstanceOf(InvalidCaseEventException.class).hasMessageContaining("status events need \"status\"");
    assertThatThrownBy(() -> CaseEvent.builder("c9", at("Mon 09:00"), CaseEventType.AGENT_REPLY)
        .status(CaseStatus.OPEN))
        .isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("\"status\" is not a field of agent-reply events");
  }

  @Test
  void anEventBeforeOpenedIsRejected() {
    var events = List.of(opened("Mon 10:00", "normal"), reply("Mon 09:00").withId("r0"));
    assertThatThrownBy(() -> ENGINE.evaluate(events, ANNA, at("Mon 12:00")))
        .isInstanceOf(EventBeforeOpenedException.class)
        .hasMessageContaining("case c1, event agent-reply at 2026-03-02T09:00:00Z (id r0)")
        .hasMessageContaining("before the case was opened");
  }

  @Test
  void anEventOfAnotherCaseIsAnUnknownCase() {
    var events = List.of(opened("Mon 09:00", "normal"), CaseEvent.agentReply("c2", at("Mon 10:00")));
    assertThatThrownBy(() -> ENGINE.evaluate(events, ANNA, at("Mon 12:00")))
        .isInstanceOf(UnknownCaseException.class).hasMessageContaining("case c2");
    var orphan = List.of(reply("Mon 10:00"));
    assertThatThrownBy(() -> ENGINE.evaluate(orphan, ANNA, at("Mon 12:00")))
        .isInstanceOf(UnknownCaseException.class).hasMessageContaining("no opened event");
  }

  @Test
  void aStatusChangeOnAClosedCaseIsRejectedEvenAfterAsOf() {
    var events = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.CLOSED),
        status("Tue 10:00", CaseStatus.OPEN));
    assertThatThrownBy(() -> ENGINE.evaluate(events, ANNA, at("Mon 12:00")))
        .isInstanceOf(ClosedCaseException.class)
        .hasMessageContaining("case c1, event status at 2026-03-03T10:00:00Z")
        .hasMessageContaining("closed");
  }

  @Test
  void aSecondOpenedIsRejected() {
    var events = List.of(opened("Mon 09:00", "normal"), opened("Mon 10:00", "normal"));
    assertThatThrownBy(() -> ENGINE.evaluate(events, ANNA, at("Mon 12:00")))
        .isInstanceOf(InvalidCaseEventException.class).hasMessageContaining("already opened");
  }

  @Test
  void tiesKeepInputOrder() {
    // Reply then solve at the same instant: the reply stops first response; solved the other
    // way round, the solve would stop it and the reply would come too late to count.
    var solveFirst = List.of(opened("Mon 09:00", "normal"), status("Mon 10:00", CaseStatus.SOLVED),
        reply("Mon 10:00"));
    assertThat(ENGINE.evaluate(solveFirst, ANNA, at("Mon 12:00"))
        .instance(Metric.FIRST_RESPONSE, 1).orElseThrow().stop()).contains(at("Mon 10:00"));
    var replyFirst = List.of(opened("Mon 09:00", "normal"), reply("Mon 10:00"),
        status("Mon 10:00", CaseStatus.SOLVED));
    assertThat(ENGINE.evaluate(replyFirst, ANNA, at("Mon 12:00"))
        .instance(Metric.FIRST_RESPONSE, 1).orElseThrow().stop()).contains(at("Mon 10:00"));
  }
}
