package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Explanation;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each standard condition type, through a one-rule set, with its verdict and explanation. */
class StandardRulesTest {
  static final Customer ANNA = new Customer("anna", java.util.Optional.of(LocalDate.parse("2023-05-01")),
      Set.of("b2b"), Map.of("country", "PL"));
  static final Facts FACTS = Facts.builder().customer(ANNA).level("status", "silver").channel("email")
      .priority("high").tags(Set.of("refund")).caseAttributes(Map.of("product", "tv"))
      .metric("xp", new BigDecimal("120")).asOf(Instant.parse("2026-03-01T10:00:00Z")).build();

  static Explanation explain(String when, Facts facts) {
    String json = ConfigFixture.edit("/ruleSets/routing/rules/0/when", when);
    RuleResult r = Pledge.builder().loadJson(json).ruleSet("routing").evaluate(facts);
    return r.trace().get(0).explanation();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"type":"tier","program":"status","in":["silver","gold"]}          | true  | status level is silver
      {"type":"tier","program":"status","in":["gold"]}                   | false | status level is silver
      {"type":"tier-at-least","program":"status","level":"silver"}       | true  | status level is silver
      {"type":"tier-at-least","program":"status","level":"gold"}         | false | status level is silver
      {"type":"channel","in":["email","chat"]}                           | true  | channel is email
      {"type":"channel","in":["phone"]}                                  | false | channel is email
      {"type":"priority","in":["high"]}                                  | true  | priority is high
      {"type":"segment","in":["b2b"]}                                    | true  | segments are [b2b]
      {"type":"segment","in":["students"]}                               | false | segments are [b2b]
      {"type":"tag","in":["refund","vip"]}                               | true  | tags are [refund]
      {"type":"attribute","name":"country","equals":"PL"}                | true  | country is PL
      {"type":"attribute","name":"product","in":["phone"]}               | false | product is tv
      {"type":"metric","metric":"xp","atLeast":120}                      | true  | xp is 120
      {"type":"metric","metric":"xp","atLeast":120.5}                    | false | xp is 120
      {"type":"customer-since","atLeast":"P2Y"}                          | true  | joined 2023-05-01, today is 2026-03-01
      {"type":"customer-since","atLeast":"P3Y"}                          | false | joined 2023-05-01, today is 2026-03-01
      {"type":"not","of":{"type":"channel","in":["phone"]}}              | true  | ''
      """)
  void evaluatesAndExplains(String when, boolean held, String detail) {
    Explanation e = explain(when, FACTS);
    assertThat(e.held()).isEqualTo(held);
    assertThat(e.detail()).isEqualTo(detail);
  }

  @Test
  void anAbsentFactIsFalseAndSaysSo() {
    Explanation e = explain("{\"type\":\"tier-at-least\",\"program\":\"status\",\"level\":\"silver\"}", Facts.empty());
    assertThat(e.held()).isFalse();
    assertThat(e.detail()).isEqualTo("the customer's status level is not known");
    assertThat(explain("{\"type\":\"customer-since\",\"atLeast\":\"P1Y\"}", Facts.empty()).detail())
        .isEqualTo("the customer's joining date or the evaluation instant is not known");
    assertThat(explain("{\"type\":\"transfers\",\"atLeast\":2}", FACTS).detail())
        .isEqualTo("no case history is known here");
  }

  @Test
  void combinatorsExplainEveryPart() {
    Explanation e = explain("""
        {"type":"any","of":[{"type":"channel","in":["phone"]},
                            {"type":"all","of":[{"type":"tier","program":"status","in":["silver"]},
                                                {"type":"metric","metric":"xp","atLeast":100}]}]}
        """, FACTS);
    assertThat(e.render()).isEqualTo("""
        [x] any of 2: 1 of 2 held
          [ ] channel in [phone]: channel is email
          [x] all of 2: 2 of 2 held
            [x] tier status in [silver]: status level is silver
            [x] metric xp at least 100: xp is 120""");
  }
}
