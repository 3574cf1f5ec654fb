package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step watching a metric with several instances falls due once per instance, and each
 * occurrence is written once, also when the app has recorded an earlier one with an
 * {@code escalated} event; an event dated after its record's timestamp comes into view on a timer.
 */
class OccurrencesTest {
  private static final Path EXAMPLES = Path.of("../examples");

  @TempDir
  Path dir;

  @Test
  void eachNextResponseBreachIsWrittenOnceEvenAfterAnEscalatedEventRecordsTheFirst() throws IOException {
    // SkyClub with one more step: "late-again" when a next response is breached. anna is gold, so
    // gold-email: next response within 2 working hours (Mon 08:00-18:00 Warsaw = 07:00-17:00Z).
    // Mon 2 March: opened 08:00Z, replied 08:10Z; she writes at 08:20Z (wait 1, due 10:20Z), the
    // reply comes 11:00Z; the app records the first breach (escalated, 12:00Z); she writes 11:30Z
    // (wait 2, due 13:30Z), the reply comes 14:00Z. Two occurrences, each written once.
    Path config = dir.resolve("skyclub-again.json");
    String skyclub = Files.readString(EXAMPLES.resolve("programs/skyclub.json"));
    Files.writeString(config, skyclub.replace("\"steps\": [", "\"steps\": [\n      { \"id\": \"late-again\", "
        + "\"when\": {\"type\": \"breached\", \"metric\": \"next-response\"}, \"then\": {\"notify\": [\"team-lead\"]} },"));
    String[] lines = {
        "{\"case\":\"n1\",\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"opened\",\"customer\":\"anna\",\"channel\":\"email\","
            + "\"priority\":\"normal\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T08:10:00Z\",\"type\":\"agent-reply\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T08:20:00Z\",\"type\":\"customer-message\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T11:00:00Z\",\"type\":\"agent-reply\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T11:30:00Z\",\"type\":\"customer-message\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T12:00:00Z\",\"type\":\"escalated\",\"step\":\"late-again\"}",
        "{\"case\":\"n1\",\"at\":\"2026-03-02T14:00:00Z\",\"type\":\"agent-reply\"}"};
    Path cases = Files.write(dir.resolve("n1.jsonl"), List.of(lines));
    Path customers = EXAMPLES.resolve("data/skyclub-customers.jsonl");
    Path activities = EXAMPLES.resolve("data/skyclub-activities.jsonl");
    Pledge pledge = Pledge.load(config);
    PledgeTopics t = PledgeStreams.of(pledge).topics();
    List<Harness.In> in = new ArrayList<>(Harness.lines(customers, t.customers(), "customer",
        Instant.parse("2025-01-01T00:00:00Z")));
    in.addAll(Harness.lines(activities, t.activities(), "customer", null).stream()
        .filter(a -> a.at().isBefore(Instant.parse("2026-03-02T00:00:00Z"))).toList());
    in.addAll(Harness.lines(cases, t.caseEvents(), "case", null));
    Instant end = Instant.parse("2026-03-02T18:00:00Z");
    List<BatchCheck.Written> written = new ArrayList<>();
    try (Harness stream = Harness.of(pledge, dir.resolve("state"), Instant.parse("2025-01-01T00:00:00Z"))) {
      stream.pipeInTimeOrder(in);
      stream.advanceInSteps(end, Duration.ofMinutes(1));
      assertThat(stream.deadLetters).isEmpty();
      stream.dueSteps.forEach(r -> written.add(new BatchCheck.Written(r.getRecordTime(), Batch.read(r.value()))));
    }
    List<JsonNode> again = written.stream().map(BatchCheck.Written::value)
        .filter(s -> s.get("step").asText().equals("late-again")).toList();
    assertThat(again).extracting(s -> s.get("dueAt").asText())
        .containsExactly("2026-03-02T10:20:00Z", "2026-03-02T13:30:00Z");
    // each at the first evaluation at or after it: the clock moves from one event to the next, so
    // the punctuation when it reaches the replies (11:00Z, 14:00Z); each due then by pledge escalations
    assertThat(written.stream().filter(w -> w.value().get("step").asText().equals("late-again"))
        .map(BatchCheck.Written::at).toList())
        .containsExactly(Instant.parse("2026-03-02T11:00:00Z"), Instant.parse("2026-03-02T14:00:00Z"));
    new BatchCheck(config, cases, customers, activities, end, dir).assertSteps(written);
  }

  @Test
  void anEventDatedAfterItsRecordIsSeenWhenItsInstantComes() {
    // The record is stamped 09:59:59.900 by the producer, the event says 10:00:00 (the source's
    // clock): evaluated as of the record, the case is not open yet; its timer brings it in at 10:00,
    // and a 4-hour first response (default policy, c1 without levels) is then running.
    Pledge pledge = Pledge.load(EXAMPLES.resolve("programs/skyclub.json"));
    Instant stamped = Instant.parse("2026-03-02T09:59:59.900Z");
    try (Harness stream = Harness.of(pledge, dir.resolve("state2"), stamped)) {
      stream.input(stream.topics.caseEvents()).pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T10:00:00Z\","
          + "\"type\":\"opened\",\"customer\":\"c1\",\"channel\":\"email\",\"priority\":\"normal\"}", stamped);
      stream.collect();
      assertThat(Batch.read(stream.outcomes.get(0).value()).get("promise").asText()).isEqualTo("not-yet-opened");
      // punctuations come every second from the driver's start: the first at or after 10:00 brings it in
      stream.advanceTo(Instant.parse("2026-03-02T10:00:01Z"));
      JsonNode outcome = Batch.read(stream.outcomes.get(stream.outcomes.size() - 1).value());
      assertThat(outcome.get("promise").asText()).isEqualTo("promised");
      assertThat(Instant.parse(outcome.get("asOf").asText())).isBetween(Instant.parse("2026-03-02T10:00:00Z"),
          Instant.parse("2026-03-02T10:00:01Z"));
      assertThat(outcome.get("instances").get(0).get("state").asText()).isEqualTo("active");
    }
  }
}
