package dev.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedValueExceptionTest {

  @Test
  void messageNamesTheValueAndWhereItWasFirstUsed() {
    RepeatedValueException e = new RepeatedValueException("rules/2/id", "rules/0", "rule id", "vip", "first at ");
    assertThat(e).isInstanceOf(InvalidValueException.class).isInstanceOf(PledgeException.class);
    assertThat(e.field()).isEqualTo("rules/2/id");
    assertThat(e.first()).isEqualTo("rules/0");
    assertThat(e.getMessage()).isEqualTo("rule id \"vip\" is repeated; first at rules/0");
    assertThat(e.message("/ruleSets/r/rules/0")).isEqualTo("rule id \"vip\" is repeated; first at /ruleSets/r/rules/0");
  }

  @Test
  void longValuesAreShortenedAndQuotesEscaped() {
    String id = "a\"" + "x".repeat(70);
    RepeatedValueException e = new RepeatedValueException("steps/1/id", "steps/0", "step id", id, "first at ");
    assertThat(e.getMessage()).isEqualTo("step id \"a\\\"" + "x".repeat(55) + "...\" is repeated; first at steps/0");
  }
}
