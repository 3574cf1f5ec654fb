package app;

import static dev.pledge.testkit.PledgeAssertions.assertThat;

import dev.pledge.Pledge;
import dev.pledge.customer.Customer;
import dev.pledge.customer.Activity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTest {
  private final Pledge pledge = Pledge.loadResource("program.json");

  @Test
  void twoFlightsMakeAnnaGoldThroughTheNextYear() {
    // 100 + 90 = 190 xp >= 180 at the second flight; earned in 2026, valid through 2027.
    assertThat(pledge.tiers("status").evaluate(Customer.of("anna"), List.of(
            Activity.of("anna", Instant.parse("2026-02-10T08:00:00Z"), "flight").with("xp", 100),
            Activity.of("anna", Instant.parse("2026-05-04T16:30:00Z"), "flight").with("xp", 90)),
        Instant.parse("2026-06-01T00:00:00Z")))
        .hasLevel("gold")
        .hasSince(Instant.parse("2026-05-04T16:30:00Z"))
        .isValidUntil(LocalDate.parse("2027-12-31"));
  }
}
