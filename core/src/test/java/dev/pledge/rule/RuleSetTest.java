package dev.pledge.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.testrules.TestRuleModule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rule sets as the loader builds them, with core's test rule module. */
class RuleSetTest {
  private static final Pledge PLEDGE = Pledge.builder().withoutDiscovery().module(new TestRuleModule())
      .load(Path.of("src/test/resources/core-test.json"));

  record Queue(String queue) {}

  @Test
  void firstModeStopsAtTheFirstMatchInOrder() {
    RuleSet route = PLEDGE.ruleSet("route");
    Facts urgentGold = Facts.builder().priority("urgent").level("status", "gold").build();
    RuleResult r = route.evaluate(urgentGold);
    // "urgent" comes before "gold": one match only.
    assertThat(r.matchedIds()).containsExactly("urgent");
    assertThat(r.matched().get(0).thenAs(Queue.class)).isEqualTo(new Queue("hot"));
    assertThat(route.evaluate(Facts.builder().level("status", "gold").build()).matchedIds()).containsExactly("gold");
    // A rule without "when" always holds: the default.
    assertThat(route.evaluate(Facts.empty()).matchedIds()).containsExactly("rest");
  }

  @Test
  void allModeKeepsEveryMatchAndTheTraceSaysWhyEachRuleHeldOrNot() {
    RuleResult r = PLEDGE.ruleSet("tags").evaluate(Facts.builder().channel("email").build());
    assertThat(r.matchedIds()).containsExactly("email");
    assertThat(r.trace()).extracting(t -> t.id() + ": " + t.explanation().held() + " (" + t.explanation().detail() + ")")
        .containsExactly("email: true (value is email)", "gold: false (value is unknown)");
  }
}
