package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case's state survives its text form, whatever its strings hold. */
class CaseStateTest {
  @Test
  void theTextFormGivesBackEveryFieldEvenWithSeparatorsAndNewlinesInside() {
    CaseState state = new CaseState(List.of("{\"case\":\"k:1\",\n \"type\":\"opened\"}", "", "12:34"),
        Map.of("step:1", 2, "a\nb", 1, "", 3), "digest==", Instant.parse("2026-03-02T09:00:00.123Z"),
        Optional.of(Instant.parse("2026-03-01T10:00:00Z")), Optional.of(Instant.parse("2026-03-02T10:00:00Z")));
    CaseState back = CaseState.fromText(state.toText());
    assertThat(back).isEqualTo(state);
    CaseState none = new CaseState(List.of("x"), Map.of(), "", Instant.parse("2026-03-02T09:00:00Z"), Optional.empty(),
        Optional.empty());
    assertThat(CaseState.fromText(none.toText())).isEqualTo(none);
  }

  @Test
  void aValueFromElsewhereIsRefusedInPledgesWords() {
    assertThatThrownBy(() -> CaseState.fromText("{\"events\":[]}")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not write");
    assertThatThrownBy(() -> CaseState.fromText("1:1")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another version");
  }
}
