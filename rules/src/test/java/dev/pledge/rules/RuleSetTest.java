package dev.pledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pledge.Pledge;
import dev.pledge.PledgeException;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rule sets from the SkyClub example: first and all modes, payloads bound to records, threads. */
class RuleSetTest {
  static final Pledge SKYCLUB = Pledge.load(ExampleConfigsTest.PROGRAMS.resolve("skyclub.json"));

  record Route(String queue, int line) {}

  @Test
  void firstModeAnswersWithTheFirstMatchingRule() {
    RuleResult r = SKYCLUB.ruleSet("routing").evaluate(Facts.builder().level("status", "platinum").build());
    assertThat(r.matchedIds()).containsExactly("vip");
    assertThat(r.first().orElseThrow().thenAs(Route.class)).isEqualTo(new Route("vip", 2));
    assertThat(r.trace()).hasSize(1);
  }

  @Test
  void aRuleWithoutConditionCatchesTheRest() {
    RuleResult r = SKYCLUB.ruleSet("routing").evaluate(Facts.builder().level("status", "silver").build());
    assertThat(r.matchedIds()).containsExactly("rest");
    assertThat(r.trace()).extracting(RuleResult.Trace::id).containsExactly("vip", "rest");
    assertThat(r.trace().get(0).explanation().detail()).isEqualTo("status level is silver");
  }

  @Test
  void allModeAnswersWithEveryMatchingRuleInOrder() {
    RuleResult r = SKYCLUB.ruleSet("benefits").evaluate(Facts.builder().level("status", "platinum").build());
    assertThat(r.matchedIds()).containsExactly("lounge", "dedicated-phone", "priority-boarding");
    assertThat(r.matched().get(1).then().get("benefit").asText()).isEqualTo("dedicated-phone-line");
  }

  @Test
  void aPayloadThatDoesNotFitTheCallersTypeNamesTheRule() {
    RuleResult r = SKYCLUB.ruleSet("benefits").evaluate(Facts.builder().level("status", "gold").build());
    assertThatThrownBy(() -> r.first().orElseThrow().thenAs(Route.class))
        .isInstanceOf(PledgeException.class)
        .hasMessageStartingWith("the payload of rule 'lounge' does not fit Route");
  }

  @Test
  void eightThreadsGetTheSameAnswersAsOne() throws Exception {
    List<Facts> inputs = new ArrayList<>();
    String[] levels = {"explorer", "silver", "gold", "platinum"};
    for (int i = 0; i < 400; i++) {
      inputs.add(Facts.builder().level("status", levels[i % 4]).channel(i % 3 == 0 ? "phone" : "email").build());
    }
    List<String> single = inputs.stream().map(RuleSetTest::answer).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> inputs.stream().map(RuleSetTest::answer).toList()));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(single);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String answer(Facts facts) {
    return SKYCLUB.ruleSet("routing").evaluate(facts).matchedIds() + " "
        + SKYCLUB.ruleSet("benefits").evaluate(facts).matchedIds() + " "
        + SKYCLUB.ruleSet("benefits").evaluate(facts).trace().get(0).explanation().render();
  }
}
