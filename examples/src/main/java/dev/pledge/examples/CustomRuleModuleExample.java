package dev.pledge.examples;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseEventType;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Uses the types of {@link TravelRules}, found through {@link java.util.ServiceLoader}: a tier
 * earned by visiting distinct destinations, and a faster promise for a case whose sentiment
 * score says the customer is upset.
 *
 * <p>Run with the configuration's path as the only argument (default
 * {@code examples/programs/modules/travel.json}).
 */
public final class CustomRuleModuleExample {
  private CustomRuleModuleExample() {}

  /** Prints the explorer status and the policy an upset customer's case gets. */
  public static void main(String[] args) {
    Pledge pledge = Pledge.load(Path.of(args.length > 0 ? args[0] : "examples/programs/modules/travel.json"));
    System.out.println("modules: " + pledge.modules());
    TierStatus status = explorer(pledge);
    System.out.println("explorer: " + status.level() + " with " + status.metrics().get("places") + " places");
    CaseOutcome outcome = upsetCustomer(pledge);
    System.out.println("upset customer's case: " + outcome.policy().orElseThrow().id());
    System.out.println(outcome.why().render());
  }

  /** Flights to Porto, Madrid, back home to Lisbon, and Paris: three places, home not counted. */
  static TierStatus explorer(Pledge pledge) {
    List<Activity> flights = List.of(
        flight("2026-02-01T08:00:00Z", "OPO"), flight("2026-03-01T08:00:00Z", "MAD"),
        flight("2026-03-05T08:00:00Z", "LIS"), flight("2026-04-01T08:00:00Z", "CDG"));
    return pledge.tiers("explorer").evaluate(Customer.of("rui"), flights, Instant.parse("2026-05-01T00:00:00Z"));
  }

  /** A case whose opening message scored -0.8. */
  static CaseOutcome upsetCustomer(Pledge pledge) {
    CaseEvent opened = CaseEvent.builder("case-7", Instant.parse("2026-05-01T10:00:00Z"), CaseEventType.OPENED)
        .customer("rui").channel("email").priority("normal").attributes(Map.of("sentiment", "-0.8")).build();
    return pledge.sla().evaluate(List.of(opened), CustomerContext.of(Customer.of("rui")),
        Instant.parse("2026-05-01T10:05:00Z"));
  }

  private static Activity flight(String at, String to) {
    return Activity.of("rui", Instant.parse(at), "flight").with("to", to);
  }
}
