package dev.pledge.benchmarks.rules;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.rule.Facts;
import dev.pledge.rule.RuleResult;
import dev.pledge.rule.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing one case with the nine-rule first-match set of {@code routing.json} (tier, channel,
 * priority, segment, customer attribute and customer-since conditions, then a default), four
 * ways:
 *
 * <ul>
 *   <li>{@code pledgeJson}: Pledge's {@link RuleSet} loaded from {@code routing.json} with the
 *       standard condition types, on pre-built {@link Facts}; answers the matched rule's id;
 *   <li>{@code easyRulesMvelYaml}: Easy Rules 4.1 with MVEL rules read from
 *       {@code routing-easyrules.yml}, a {@code DefaultRulesEngine} that skips the rest once one
 *       rule applied, priorities 1 to 9 for the order; the action writes the queue into a
 *       {@link Route};
 *   <li>{@code easyRulesLambdas}: the same engine with the rules built in Java with
 *       {@code RuleBuilder} lambdas;
 *   <li>{@code handWritten}: an if per rule on a {@link RoutingFact} (the floor).
 * </ul>
 *
 * <p>One invocation routes one case; 1,024 facts drawn with seed 7 are visited round-robin.
 * Setup checks that the four variants route every fact alike and that each rule is chosen at
 * least once. Run with:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuleSetBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RuleSetBenchmark {
  private static final int FACTS = 1024;
  private static final String PROGRAM = "status";

  private RuleSet ruleSet;
  private RulesEngine engine;
  private Rules mvelRules;
  private Rules lambdaRules;
  private Route route;
  private List<RoutingFact> facts;
  private Facts[] pledgeFacts;
  private org.jeasy.rules.api.Facts[] easyFacts;
  private int next;

  /** Loads the four variants, builds the facts, and checks that the variants agree. */
  @Setup(Level.Trial)
  public void setUp() {
    ruleSet = Pledge.builder().loadResource(RuleSetBenchmark.class, "routing.json").ruleSet("routing");
    engine = EasyRulesRouting.engine();
    mvelRules = EasyRulesRouting.fromYaml();
    lambdaRules = EasyRulesRouting.fromLambdas();
    route = new Route();
    facts = RoutingFact.generate(FACTS, 7);
    pledgeFacts = new Facts[FACTS];
    easyFacts = new org.jeasy.rules.api.Facts[FACTS];
    for (int i = 0; i < FACTS; i++) {
      pledgeFacts[i] = pledgeFacts(i, facts.get(i));
      easyFacts[i] = EasyRulesRouting.facts(facts.get(i), route);
    }
    checkAgreement();
  }

  /** The Pledge facts of {@code fact}: a customer (segments, country, joined), level, case, asOf. */
  private static Facts pledgeFacts(int i, RoutingFact fact) {
    Customer customer = Customer.of("c" + i).withJoined(fact.joined())
        .withSegments(fact.segments()).withAttributes(Map.of("country", fact.country()));
    return Facts.builder().customer(customer).level(PROGRAM, fact.tier())
        .channel(fact.channel()).priority(fact.priority()).asOf(RoutingFact.AS_OF).build();
  }

  /**
   * Routes every fact four ways.
   *
   * @throws IllegalStateException at the first fact the variants route differently, or if a rule
   *     is never chosen
   */
  private void checkAgreement() {
    Set<String> chosen = new TreeSet<>();
    for (int i = 0; i < FACTS; i++) {
      RuleResult.Match match = ruleSet.evaluate(pledgeFacts[i]).first()
          .orElseThrow(() -> new IllegalStateException("no Pledge rule matched"));
      List<String> queues = List.of(match.then().get("queue").asText(), fire(mvelRules, i),
          fire(lambdaRules, i), HandWrittenRouting.route(facts.get(i)));
      if (queues.stream().distinct().count() != 1) {
        throw new IllegalStateException("the variants disagree on fact " + i + " " + facts.get(i)
            + ": pledgeJson (rule " + match.id() + "), easyRulesMvelYaml, easyRulesLambdas,"
            + " handWritten route to " + queues);
      }
      chosen.add(match.id());
    }
    List<String> never = new ArrayList<>();
    ruleSet.rules().forEach(r -> {
      if (!chosen.contains(r.id())) {
        never.add(r.id());
      }
    });
    if (!never.isEmpty()) {
      throw new IllegalStateException("no fact is routed by rules " + never + "; chosen: " + chosen);
    }
  }

  private String fire(Rules rules, int i) {
    route.clear();
    engine.fire(rules, easyFacts[i]);
    return route.get();
  }

  private int nextIndex() {
    next = (next + 1) & (FACTS - 1);
    return next;
  }

  /** Pledge's rule set from JSON: the matched rule's id. */
  @Benchmark
  public String pledgeJson() {
    return ruleSet.evaluate(pledgeFacts[nextIndex()]).first().get().id();
  }

  /** Easy Rules, MVEL rules read from YAML: the queue. */
  @Benchmark
  public String easyRulesMvelYaml() {
    return fire(mvelRules, nextIndex());
  }

  /** Easy Rules, rules as Java lambdas: the queue. */
  @Benchmark
  public String easyRulesLambdas() {
    return fire(lambdaRules, nextIndex());
  }

  /** Hand-written if/else: the queue. */
  @Benchmark
  public String handWritten() {
    return HandWrittenRouting.route(facts.get(nextIndex()));
  }
}
