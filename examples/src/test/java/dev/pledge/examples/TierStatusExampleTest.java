package dev.pledge.examples;

import static dev.pledge.testkit.PledgeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TierStatusExampleTest {
  private static final String CONFIG = "programs/skyclub.json";

  @Test
  void printsTheStatusProgressAndHistory() {
    String out = Console.run(() -> TierStatusExample.main(new String[] {CONFIG}));

    assertThat(out).isEqualTo("""
        status: gold (qualified), valid until 2027-12-31
        next: platinum needs 100 more xp
        2026-03-02T10:00:00Z: explorer -> silver
        2026-05-04T10:00:00Z: silver -> gold
        """ + "\n");
  }

  @Test
  void annaIsGoldSinceHerSecondFlight() {
    Pledge pledge = Pledge.load(Path.of(CONFIG));

    assertThat(TierStatusExample.annasStatus(pledge)).in(pledge.tiers("status"))
        .hasLevel("gold").hasReason("qualified").isValidUntil(LocalDate.of(2027, 12, 31))
        .changedAt(Instant.parse("2026-03-02T10:00:00Z"), "silver")
        .changedAt(Instant.parse("2026-05-04T10:00:00Z"), "gold").hasMetric("xp", 200);
  }
}
