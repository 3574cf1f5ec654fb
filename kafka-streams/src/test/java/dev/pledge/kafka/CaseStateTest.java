package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case's and a customer's state survive their text form, whatever their strings hold. */
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

  @Test
  void aCustomersStateSurvivesItsTextFormAndANewCustomerHasNone() {
    CustomerState state = new CustomerState(Optional.of("{\"customer\":\"c:1\",\n\"joined\":\"2020-01-01\"}"),
        Instant.parse("2026-03-02T09:00:00Z"), Optional.of(Instant.parse("2027-01-01T00:00:00Z")),
        Map.of("status", "abc=", "plan", ""), "ctx=", 42);
    assertThat(CustomerState.fromText(state.toText())).isEqualTo(state);
    CustomerState none = CustomerState.fromText(null);
    assertThat(none.customer()).isEmpty();
    assertThat(none.sequence()).isZero();
    assertThat(CustomerState.fromText(none.toText())).isEqualTo(none);
  }
}
