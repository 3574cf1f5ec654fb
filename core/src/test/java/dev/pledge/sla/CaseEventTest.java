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
