package app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.customer.Customer;
import dev.pledge.testkit.PledgeArbitraries;
import dev.pledge.customer.Activity;
import dev.pledge.tier.TierStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatusProperties {
  private static final PledgeArbitraries GEN = PledgeArbitraries.of(
      java.nio.file.Path.of("src/test/resources/program.json"));
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant AS_OF = Instant.parse("2026-12-31T00:00:00Z");

  @Provide
  Arbitrary<List<Activity>> flights() {
    return GEN.activities("status", "anna", FROM, Duration.ofDays(360));
  }

  @Property(tries = 200)
  void goldExactlyWhenTheYearsFlightsReach180Xp(@ForAll("flights") List<Activity> flights) {
    TierStatus status = GEN.pledge().tiers("status").evaluate(Customer.of("anna"), flights, AS_OF);
    // The oracle, the program's one rule replayed by hand: the year's flights summed in time order
    // (the generator's order), an id seen before counting once; gold as soon as the running sum
    // reaches 180, kept for the rest of the year even if corrections (negative xp) follow.
    Set<String> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean reached = false;
    for (Activity a : flights) {
      if (a.kind().equals("flight") && a.id().map(seen::add).orElse(true)) {
        sum = sum.add(a.number("xp").orElse(BigDecimal.ZERO));
        reached |= sum.compareTo(BigDecimal.valueOf(180)) >= 0;
      }
    }
    assertThat(status.level()).isEqualTo(reached ? "gold" : "blue");
  }
}
