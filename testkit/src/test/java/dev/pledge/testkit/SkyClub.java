package dev.pledge.testkit;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.CustomerContext;
import dev.pledge.sla.CaseEvent;
import dev.pledge.sla.CaseOutcome;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The bundled SkyClub example configuration and a few results of it, shared by the tests. */
final class SkyClub {
  static final Path CONFIG = Path.of("../examples/programs/skyclub.json");
  static final Pledge PLEDGE = Pledge.load(CONFIG);
  static final Customer ANNA = Customer.of("anna");

  private SkyClub() {}

  static Activity flight(String at, int xp) {
    return Activity.of("anna", Instant.parse(at), "flight").with("xp", xp);
  }

  /** Anna flies 120 XP in March 2026 and 80 more in May: silver, then gold. */
  static TierStatus gold() {
    return PLEDGE.tiers("status").evaluate(ANNA, List.of(
        flight("2026-03-02T10:00:00Z", 120), flight("2026-05-04T10:00:00Z", 80)),
        Instant.parse("2026-06-01T00:00:00Z"));
  }

  /** A gold email case, answered after 30 minutes of working time and solved the next day late. */
  static CaseOutcome goldEmail() {
    return PLEDGE.sla().evaluate(List.of(
        CaseEvent.opened("c1", Instant.parse("2026-03-02T09:00:00Z"), "anna", "email", "normal"),
        CaseEvent.agentReply("c1", Instant.parse("2026-03-02T09:30:00Z"))),
        CustomerContext.of(ANNA).withLevel("status", "gold"), Instant.parse("2026-03-03T12:00:00Z"));
  }
}
