package dev.pledge.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import dev.pledge.testrules.TestRuleModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** A condition on the channel that counts how often it is tested and explained. */
  static final class Counting implements Condition {
    final String channel;
    final AtomicInteger tests = new AtomicInteger();
    final AtomicInteger explains = new AtomicInteger();

    Counting(String channel) {
      this.channel = channel;
    }

    @Override
    public String type() {
      return "counting";
    }

    @Override
    public boolean test(Facts facts) {
      tests.incrementAndGet();
      return facts.channel().filter(channel::equals).isPresent();
    }

    @Override
    public Explanation explain(Facts facts) {
      explains.incrementAndGet();
      return Explanation.leaf("channel " + channel, test(facts), "channel is " + facts.channel().orElse("unknown"));
    }
  }

  private static RuleSet.Rule rule(String id, Condition when) {
    return new RuleSet.Rule(id, Optional.ofNullable(when), JsonNodeFactory.instance.objectNode().put("id", id));
  }

  @Test
  void evaluatingTestsOnlyAndTheTraceExplainsTheRulesTriedOnceWhenAskedFor() {
    Counting phone = new Counting("phone");
    Counting email = new Counting("email");
    Counting chat = new Counting("chat");
    RuleSet set = new RuleSet("route", RuleSet.Mode.FIRST,
        List.of(rule("phone", phone), rule("email", email), rule("chat", chat), rule("rest", null)));

    RuleResult r = set.evaluate(Facts.builder().channel("email").build());
    // First mode: phone fails, email holds, chat and rest are never tried.
    assertThat(r.matchedIds()).containsExactly("email");
    assertThat(List.of(phone.tests.get(), email.tests.get(), chat.tests.get())).containsExactly(1, 1, 0);
    assertThat(phone.explains.get() + email.explains.get() + chat.explains.get()).isZero();

    // The trace explains the two rules tried, once, however often it is read.
    assertThat(r.trace()).extracting(t -> t.id() + " " + t.explanation().held()).containsExactly("phone false", "email true");
    assertThat(r.trace()).isSameAs(r.trace());
    assertThat(List.of(phone.explains.get(), email.explains.get(), chat.explains.get())).containsExactly(1, 1, 0);

    // No rule holds without a default: every rule is tried and explained.
    RuleSet noDefault = new RuleSet("strict", RuleSet.Mode.FIRST, List.of(rule("phone", phone), rule("chat", chat)));
    RuleResult none = noDefault.evaluate(Facts.builder().channel("web").build());
    assertThat(none.matched()).isEmpty();
    assertThat(none.trace()).extracting(RuleResult.Trace::id).containsExactly("phone", "chat");
  }

  @Test
  void allModeTriesEveryRuleAndTheLazyTraceEqualsAGivenOne() {
    RuleSet set = new RuleSet("tags", RuleSet.Mode.ALL,
        List.of(rule("email", new Counting("email")), rule("always", null), rule("chat", new Counting("chat"))));
    Facts email = Facts.builder().channel("email").build();
    RuleResult r = set.evaluate(email);
    assertThat(r.matchedIds()).containsExactly("email", "always");
    RuleResult given = new RuleResult("tags", r.matched(), List.of(
        new RuleResult.Trace("email", Explanation.leaf("channel email", true, "channel is email")),
        new RuleResult.Trace("always", Explanation.leaf("always", true, "the rule has no condition")),
        new RuleResult.Trace("chat", Explanation.leaf("channel chat", false, "channel is email"))));
    assertThat(r).isEqualTo(given).hasSameHashCodeAs(given);
  }

  @Test
  void aPayloadChangedByACallerChangesNoLaterResult() {
    RuleSet set = new RuleSet("route", RuleSet.Mode.FIRST, List.of(rule("rest", null)));
    ((ObjectNode) set.evaluate(Facts.empty()).matched().get(0).then()).put("id", "changed");
    ((ObjectNode) set.rules().get(0).then()).put("id", "changed");
    assertThat(set.evaluate(Facts.empty()).matched().get(0).then().get("id").asText()).isEqualTo("rest");
    assertThat(set.rules().get(0).then().get("id").asText()).isEqualTo("rest");
  }

  /** A random condition over the channel: leaves, all, any and not, nested up to {@code depth}. */
  private static Condition randomCondition(Random random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(4);
    switch (kind) {
      case 0:
        return new Counting(List.of("phone", "email", "chat").get(random.nextInt(3)));
      case 1:
      case 2: {
        List<Condition> parts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          parts.add(randomCondition(random, depth - 1));
        }
        return kind == 1 ? Conditions.all(parts) : Conditions.any(parts);
      }
      default:
        return Conditions.not(randomCondition(random, depth - 1));
    }
  }

  @Test
  void compiledRuleSetsAnswerAsTestingEachRuleInTurn() {
    // The oracle: each rule's condition tested in turn, through Condition.test. Sets of 1 to 40
    // rules cross the compiled code's chunks of 16; some rules have no condition.
    Random random = new Random(15);
    for (int trial = 0; trial < 200; trial++) {
      List<RuleSet.Rule> rules = new ArrayList<>();
      for (int i = random.nextInt(40) + 1; i > 0; i--) {
        rules.add(rule("r" + rules.size(), random.nextInt(8) == 0 ? null : randomCondition(random, 3)));
      }
      for (RuleSet.Mode mode : RuleSet.Mode.values()) {
        RuleSet set = new RuleSet("random", mode, rules);
        for (String channel : List.of("phone", "email", "chat", "web")) {
          Facts facts = Facts.builder().channel(channel).build();
          List<String> expected = new ArrayList<>();
          for (RuleSet.Rule r : rules) {
            if (r.when().map(c -> c.test(facts)).orElse(true)) {
              expected.add(r.id());
              if (mode == RuleSet.Mode.FIRST) {
                break;
              }
            }
          }
          RuleResult result = set.evaluate(facts);
          assertThat(result.matchedIds()).as("trial %d, %s, %s", trial, mode, channel).isEqualTo(expected);
          int tried = mode == RuleSet.Mode.FIRST && !expected.isEmpty()
              ? rules.indexOf(rules.stream().filter(r -> r.id().equals(expected.get(0))).findFirst().orElseThrow()) + 1
              : rules.size();
          assertThat(result.trace()).hasSize(tried);
        }
      }
    }
  }

  @Test
  void aWideAnyIsTestedByItsLoopAndAResultStillSerializes() throws Exception {
    // 5,000 parts would nest 5,000 combinators: beyond MAX_COMBINED_PARTS the group's own loop runs
    List<Condition> parts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      parts.add(new Counting("c" + i));
    }
    parts.add(new Counting("email"));
    RuleSet wide = new RuleSet("wide", RuleSet.Mode.FIRST, List.of(rule("any", Conditions.any(parts)), rule("rest", null)));
    RuleResult r = wide.evaluate(Facts.builder().channel("email").build());
    assertThat(r.matchedIds()).containsExactly("any");
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
        new RuleSet("route", RuleSet.Mode.FIRST, List.of(rule("rest", null))).evaluate(Facts.empty()));
    assertThat(json).contains("\"ruleSet\":\"route\"").contains("\"matched\":[{\"id\":\"rest\"")
        .contains("\"trace\":[{\"id\":\"rest\"");
  }
}
