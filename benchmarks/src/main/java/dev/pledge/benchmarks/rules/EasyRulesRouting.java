package dev.pledge.benchmarks.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jeasy.rules.mvel.MVELRuleFactory;
import org.jeasy.rules.support.reader.YamlRuleDefinitionReader;

/**
 * The routing rules of {@code routing.json} for Easy Rules 4.1: as MVEL rules read from
 * {@code routing-easyrules.yml}, and as Java lambdas built with {@link RuleBuilder}. Both read
 * the fact named {@value #FACT} (a {@link RoutingFact}) and write their queue into the
 * {@link Route} named {@value #ROUTE}; priorities 1 to 9 give the order, and the engine stops
 * at the first rule applied.
 */
final class EasyRulesRouting {
  /** The name of the {@link RoutingFact} in the Easy Rules facts. */
  static final String FACT = "fact";
  /** The name of the {@link Route} in the Easy Rules facts. */
  static final String ROUTE = "route";

  private EasyRulesRouting() {}

  /** A first-match engine: it skips the remaining rules once one was applied. */
  static RulesEngine engine() {
    return new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
  }

  /** Easy Rules facts holding {@code fact} and {@code route}. */
  static Facts facts(RoutingFact fact, Route route) {
    Facts facts = new Facts();
    facts.put(FACT, fact);
    facts.put(ROUTE, route);
    return facts;
  }

  /** The MVEL rules of the YAML resource {@code routing-easyrules.yml}. */
  static Rules fromYaml() {
    MVELRuleFactory factory = new MVELRuleFactory(new YamlRuleDefinitionReader());
    try (InputStream in = EasyRulesRouting.class.getResourceAsStream("routing-easyrules.yml")) {
      if (in == null) {
        throw new IllegalStateException("no resource routing-easyrules.yml beside " + EasyRulesRouting.class);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return factory.createRules(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read routing-easyrules.yml: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the MVEL rules: " + e.getMessage(), e);
    }
  }

  /** The same rules as Java lambdas. */
  static Rules fromLambdas() {
    return new Rules(
        rule("platinum-phone", 1, f -> f.tierRank() >= 3 && f.channel().equals("phone")),
        rule("gold-email", 2, f -> f.tierRank() >= 2 && f.channel().equals("email")),
        rule("urgent", 3, f -> f.priority().equals("urgent") || f.priority().equals("high")),
        rule("b2b-pl", 4, f -> f.segments().contains("b2b") && f.country().equals("PL")),
        rule("b2b", 5, f -> f.segments().contains("b2b")),
        rule("silver-chat", 6, f -> f.tierRank() >= 1 && f.channel().equals("chat")),
        rule("social", 7, f -> f.channel().equals("social") || f.channel().equals("sms")),
        rule("loyal", 8, f -> f.customerForAtLeast(5)),
        rule("default", "general", 9, f -> true));
  }

  /** A rule named after its queue that routes to it when {@code when} holds. */
  private static Rule rule(String queue, int priority, Predicate<RoutingFact> when) {
    return rule(queue, queue, priority, when);
  }

  private static Rule rule(String name, String queue, int priority, Predicate<RoutingFact> when) {
    return new RuleBuilder()
        .name(name)
        .priority(priority)
        .when(facts -> when.test(facts.get(FACT)))
        .then(facts -> facts.<Route>get(ROUTE).set(queue))
        .build();
  }
}
