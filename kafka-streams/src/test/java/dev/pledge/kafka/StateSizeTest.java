package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state the topology keeps, on the SkyClub example (16 cases of 5.4 events on average): under
 * 1 KiB a case (its event lines, the steps written, the last outcome's digest: 569 B measured) and,
 * per customer, their activity lines plus under 1 KiB of state (281 B measured) and under 1 KiB of
 * context in the global store (258 B). docs/kafka-streams.md quotes these; the test prints them.
 */
class StateSizeTest {
  @TempDir
  Path dir;

  @Test
  void aCaseKeepsUnderAKibibyteAndACustomerTheirActivitiesAndUnderAKibibyte() {
    Path examples = Path.of("../examples");
    Pledge pledge = Pledge.load(examples.resolve("programs/skyclub.json"));
    PledgeTopics t = PledgeStreams.of(pledge).topics();
    List<Harness.In> in = new ArrayList<>(Harness.lines(examples.resolve("data/skyclub-customers.jsonl"),
        t.customers(), "customer", Instant.parse("2025-01-01T00:00:00Z")));
    in.addAll(Harness.lines(examples.resolve("data/skyclub-activities.jsonl"), t.activities(), "customer", null));
    in.addAll(Harness.lines(examples.resolve("data/skyclub-cases.jsonl"), t.caseEvents(), "case", null));
    try (Harness stream = Harness.of(pledge, dir, Instant.parse("2025-01-01T00:00:00Z"))) {
      stream.pipeInTimeOrder(in);
      Harness.StoreSize cases = stream.size(PledgeStreams.CASES);
      Harness.StoreSize customers = stream.size(PledgeStreams.CUSTOMERS);
      Harness.StoreSize activities = stream.size(PledgeStreams.ACTIVITIES);
      Harness.StoreSize contexts = stream.size(PledgeStreams.CONTEXTS);
      long events = in.stream().filter(r -> r.topic().equals(t.caseEvents())).count();
      System.out.printf("state: %d cases %d B (%d B a case, %d events), %d customers %d B, %d activities %d B,"
          + " %d contexts %d B%n", cases.entries(), cases.bytes(), cases.bytes() / cases.entries(), events,
          customers.entries(), customers.bytes(), activities.entries(), activities.bytes(), contexts.entries(),
          contexts.bytes());
      assertThat(cases.entries()).isEqualTo(in.stream().filter(r -> r.topic().equals(t.caseEvents()))
          .map(Harness.In::key).distinct().count());
      assertThat(cases.bytes() / cases.entries()).isBetween(200L, 1024L);
      assertThat(customers.bytes() / customers.entries()).isLessThan(1024L);
      assertThat(contexts.bytes() / contexts.entries()).isLessThan(1024L);
    }
  }
}
