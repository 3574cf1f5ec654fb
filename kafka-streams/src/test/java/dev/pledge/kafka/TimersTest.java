package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timers against the wall clock: a step is written in the first evaluation at or after its
 * {@code dueAt} (a punctuation, or an event of its case), never earlier, never twice. (A restart
 * writes none again: {@code BrokerIntegrationTest}, since a test driver deletes its state on close.)
 */
class TimersTest {
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Pledge SKYCLUB = Pledge.load(EXAMPLES.resolve("programs/skyclub.json"));

  @TempDir
  Path dir;

  @Test
  void theBreachOfAFirstResponseIsWrittenAtTheFirstPunctuationAtOrAfterIt() {
    // k10: anna (gold) by email, opened Thu 2026-03-05 14:00Z under gold-email: first response 1 h
    // on the support-hours calendar (open then), so due 15:00:00Z; the step "breach" falls due then.
    Instant opened = Instant.parse("2026-03-05T14:00:00Z");
    PledgeTopics t = PledgeStreams.of(SKYCLUB).topics();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    try (Harness stream = Harness.of(SKYCLUB, dir, start)) {
      // anna is gold by the status program from her flights (as pledge sla --activities has it)
      stream.pipeInTimeOrder(Harness.lines(EXAMPLES.resolve("data/skyclub-activities.jsonl"), t.activities(),
          "customer", null).stream().filter(a -> a.key().equals("anna") && a.at().isBefore(opened)).toList());
      stream.advanceTo(opened);
      stream.input(stream.topics.caseEvents()).pipeInput("k10", "{\"case\":\"k10\",\"at\":\"2026-03-05T14:00:00Z\","
          + "\"type\":\"opened\",\"customer\":\"anna\",\"channel\":\"email\",\"priority\":\"high\"}", opened);
      stream.advanceTo(Instant.parse("2026-03-05T14:59:58Z"));
      stream.advanceTo(Instant.parse("2026-03-05T14:59:59Z"));
      assertThat(stream.dueSteps).isEmpty();
      stream.advanceTo(Instant.parse("2026-03-05T15:00:00Z"));
      assertThat(stream.dueSteps).hasSize(1);
      TestRecord<String, String> breach = stream.dueSteps.get(0);
      assertThat(breach.key()).isEqualTo("k10");
      assertThat(breach.getRecordTime()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
      assertThat(Batch.read(breach.value())).isEqualTo(Batch.read("{\"case\":\"k10\",\"step\":\"breach\","
          + "\"dueAt\":\"2026-03-05T15:00:00Z\",\"actions\":{\"notify\":[\"team-lead\"],\"moveToLine\":2}}"));
      // at its deadline the first response is still active; the next millisecond it is breached, and
      // the outcome, changed, is written by the next punctuation (15:00:01)
      stream.advanceTo(Instant.parse("2026-03-05T15:00:01Z"));
      JsonNode outcome = Batch.read(stream.outcomes.get(stream.outcomes.size() - 1).value());
      assertThat(outcome.get("asOf").asText()).isEqualTo("2026-03-05T15:00:01Z");
      assertThat(outcome.get("instances").get(0).get("metric").asText()).isEqualTo("first-response");
      assertThat(outcome.get("instances").get(0).get("state").asText()).isEqualTo("breached");
      stream.advanceTo(Instant.parse("2026-03-05T15:30:00Z"));
      assertThat(stream.dueSteps).hasSize(1);
    }
  }

  @Test
  void everyStepOfTheExampleIsWrittenAtTheFirstEvaluationAtOrAfterItsDueInstantOnce() {
    PledgeTopics t = PledgeStreams.of(SKYCLUB).topics();
    List<Harness.In> records = new ArrayList<>(Harness.lines(EXAMPLES.resolve("data/skyclub-customers.jsonl"),
        t.customers(), "customer", Instant.parse("2025-01-01T00:00:00Z")));
    records.addAll(Harness.lines(EXAMPLES.resolve("data/skyclub-activities.jsonl"), t.activities(), "customer", null));
    List<Harness.In> events = Harness.lines(EXAMPLES.resolve("data/skyclub-cases.jsonl"), t.caseEvents(), "case", null);
    records.addAll(events);
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    Instant end = Instant.parse("2026-03-12T00:00:00Z");
    // punctuations at uneven instants (every 7 min 13 s), so that due instants fall between them
    Duration step = Duration.ofMinutes(7).plusSeconds(13);
    TreeSet<Instant> punctuations = new TreeSet<>();
    List<TestRecord<String, String>> written;
    try (Harness stream = Harness.of(SKYCLUB, dir, start)) {
      Instant firstEvent = events.stream().map(Harness.In::at).min(Instant::compareTo).orElseThrow();
      for (Harness.In record : records.stream().sorted((x, y) -> x.at().compareTo(y.at())).toList()) {
        // from the first case event on, the clock moves in uneven steps: each move is a punctuation
        while (!record.at().isBefore(firstEvent) && stream.now().plus(step).isBefore(record.at())) {
          stream.advanceTo(stream.now().plus(step));
          punctuations.add(stream.now());
        }
        stream.advanceTo(record.at());
        punctuations.add(stream.now());
        stream.input(record.topic()).pipeInput(record.key(), record.value(), record.at());
      }
      while (stream.now().isBefore(end)) {
        stream.advanceTo(stream.now().plus(step));
        punctuations.add(stream.now());
      }
      written = List.copyOf(stream.dueSteps);
      assertThat(stream.deadLetters).isEmpty();
    }
    assertThat(written).hasSizeGreaterThan(5);
    List<String> seen = new ArrayList<>();
    for (TestRecord<String, String> r : written) {
      JsonNode s = Batch.read(r.value());
      Instant dueAt = Instant.parse(s.get("dueAt").asText());
      String caseId = s.get("case").asText();
      // the evaluations of this case: every punctuation and every event of the case
      TreeSet<Instant> evaluations = new TreeSet<>(punctuations);
      events.stream().filter(e -> e.key().equals(caseId)).forEach(e -> evaluations.add(e.at()));
      assertThat(r.getRecordTime()).as("step %s of %s due %s", s.get("step"), caseId, dueAt)
          .isEqualTo(evaluations.ceiling(dueAt));
      seen.add(BatchCheck.occurrence(s));
    }
    assertThat(seen).doesNotHaveDuplicates();
  }
}
