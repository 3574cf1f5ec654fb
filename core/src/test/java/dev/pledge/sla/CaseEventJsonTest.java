package dev.pledge.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading case events from JSON lines. */
class CaseEventJsonTest {

  @Test
  void readsAnOpenedEventWithEveryField() {
    CaseEvent e = CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\","
        + "\"type\":\"opened\",\"id\":\"e1\",\"customer\":\"anna\",\"channel\":\"email\","
        + "\"priority\":\"high\",\"tags\":[\"vip\"],\"attributes\":{\"lang\":\"pl\"}}");
    assertThat(e).isEqualTo(CaseEvent.builder("c1", Instant.parse("2026-03-02T09:00:00Z"),
        CaseEventType.OPENED).id("e1").customer("anna").channel("email").priority("high")
        .tags(java.util.Set.of("vip")).attributes(java.util.Map.of("lang", "pl")).build());
  }

  @Test
  void readsStatusAndTransferEvents() {
    assertThat(CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"status\",\"status\":\"on-hold\"}").status()).contains(CaseStatus.ON_HOLD);
    assertThat(CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"transfer\",\"to\":\"team-2\",\"line\":2}").line()).hasValue(2);
  }

  @Test
  void reportsEachProblemWithTheCaseAndTheEvent() {
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"reply\"}")).isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("case c1").hasMessageContaining("\"reply\"");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"status\",\"status\":\"done\",\"id\":\"e9\"}"))
        .isInstanceOf(UnknownStatusException.class).hasMessageContaining("(id e9)");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"yesterday\","
        + "\"type\":\"agent-reply\"}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"type\":\"agent-reply\",\"body\":\"hi\"}")).isInstanceOf(InvalidCaseEventException.class)
        .hasMessageContaining("unknown field \"body\"");
    assertThatThrownBy(() -> CaseEventJson.read("[1]")).isInstanceOf(InvalidCaseEventException.class);
    assertThatThrownBy(() -> CaseEventJson.read("{\"case\":\"c1\",\"type\":\"agent-reply\"}"))
        .isInstanceOf(InvalidCaseEventException.class).hasMessageContaining("\"at\" is missing");
  }
}
