package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled examples fed through the topology (in time order, the wall clock moving with the
 * data) give, at the same instants, what the batch commands give: each case's last outcome equals
 * {@code pledge sla} at that outcome's instant, the steps written equal {@code pledge escalations}
 * at the end, each customer's last status in each program equals {@code pledge tiers} at its
 * instant. The batch runs see the compensations as activities, as the stream does (the batch's
 * own, from {@code pledge escalations}, not the stream's). Compared field by field.
 */
class StreamingEqualsBatchTest {
  private static final Path EXAMPLES = Path.of("../examples");

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"skyclub, rocksdb", "shop, rocksdb", "skyclub, in-memory"})
  void theExampleStreamedGivesWhatTheBatchCommandsGive(String example, String stores) {
    Path config = EXAMPLES.resolve("programs/" + example + ".json");
    Path cases = EXAMPLES.resolve("data/" + example + "-cases.jsonl");
    Path customers = EXAMPLES.resolve("data/" + example + "-customers.jsonl");
    Path activities = EXAMPLES.resolve("data/" + example + "-activities.jsonl");
    Pledge pledge = Pledge.load(config);
    PledgeTopics t = PledgeStreams.of(pledge).topics();

    List<Harness.In> caseRecords = Harness.lines(cases, t.caseEvents(), "case", null);
    List<Harness.In> activityRecords = Harness.lines(activities, t.activities(), "customer", null);
    Instant first = min(caseRecords, activityRecords);
    Instant last = max(caseRecords, activityRecords);
    Instant end = last.plus(Duration.ofDays(3));
    List<Harness.In> all = new ArrayList<>(Harness.lines(customers, t.customers(), "customer", first));
    all.addAll(activityRecords);
    all.addAll(caseRecords);

    List<TestRecord<String, String>> outcomes;
    List<TestRecord<String, String>> steps;
    List<TestRecord<String, String>> statuses;
    PledgeStreams streams = stores.equals("in-memory") ? PledgeStreams.of(pledge).inMemoryStores()
        : PledgeStreams.of(pledge);
    try (Harness stream = new Harness(streams, dir.resolve("state"), first)) {
      stream.pipeInTimeOrder(all);
      stream.advanceInSteps(end, Duration.ofMinutes(10));
      assertThat(stream.deadLetters).as("dead letters").isEmpty();
      outcomes = stream.outcomes;
      steps = stream.dueSteps;
      statuses = stream.statuses;
    }

    BatchCheck batch = new BatchCheck(config, cases, customers, activities, end, dir);
    // Every step due at the end was written, and every step written was due, with the same dueAt and
    // actions, at the instant it was written (a step the app recorded since, by an escalated event,
    // is no longer due at the end); none twice.
    assertThat(BatchCheck.sorted(steps.stream().map(r -> Batch.read(r.value())).toList()))
        .containsAll(BatchCheck.sorted(batch.stepsAtEnd())).isNotEmpty();
    batch.assertSteps(steps.stream().map(r -> new BatchCheck.Written(r.getRecordTime(), Batch.read(r.value()))).toList());

    // Each case's last outcome against pledge sla at that outcome's instant.
    Map<String, JsonNode> lastOutcome = new LinkedHashMap<>();
    outcomes.forEach(r -> lastOutcome.put(r.key(), Batch.read(r.value())));
    assertThat(lastOutcome.keySet()).containsExactlyInAnyOrderElementsOf(caseRecords.stream()
        .map(Harness.In::key).distinct().toList());
    assertThat(batch.assertOutcomes(lastOutcome)).as("promised cases compared").isGreaterThan(3);

    // Each customer's last status in each program against pledge tiers at that status's instant.
    Map<String, JsonNode> lastStatus = new LinkedHashMap<>();
    statuses.forEach(r -> {
      JsonNode s = Batch.read(r.value());
      lastStatus.put(s.get("customer").asText() + "/" + s.get("program").asText(), s);
    });
    assertThat(lastStatus).isNotEmpty();
    batch.assertStatuses(lastStatus.values());
  }

  @SafeVarargs
  private static Instant min(List<Harness.In>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).map(Harness.In::at).min(Instant::compareTo).orElseThrow();
  }

  @SafeVarargs
  private static Instant max(List<Harness.In>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).map(Harness.In::at).max(Instant::compareTo).orElseThrow();
  }
}
