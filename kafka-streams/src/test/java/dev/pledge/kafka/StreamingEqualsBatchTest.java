package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  @ValueSource(strings = {"skyclub", "shop"})
  void theExampleStreamedGivesWhatTheBatchCommandsGive(String example) throws IOException {
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
    try (Harness stream = Harness.of(pledge, dir.resolve("state"), first)) {
      stream.pipeInTimeOrder(all);
      stream.advanceInSteps(end, Duration.ofMinutes(10));
      assertThat(stream.deadLetters).as("dead letters").isEmpty();
      outcomes = stream.outcomes;
      steps = stream.dueSteps;
      statuses = stream.statuses;
    }

    // The batch at the end: its due steps, and their compensations as activities for the other runs.
    List<JsonNode> escalations = Batch.run("escalations", "-c", config.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "-a", activities.toString(), "--as-of", end.toString());
    Path withCompensations = dir.resolve("activities.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(activities));
    List<JsonNode> batchSteps = new ArrayList<>();
    for (JsonNode e : escalations) {
      for (JsonNode due : e.get("due")) {
        ObjectNode step = Batch.JSON.createObjectNode().put("case", e.get("case").asText());
        step.setAll((ObjectNode) due);
        batchSteps.add(step);
        if (due.get("actions").has("compensate")) {
          lines.add(due.get("actions").get("compensate").get("activity").toString());
        }
      }
    }
    Files.write(withCompensations, lines);
    // the compensations do not change which steps fall due: the batch's steps stand as computed above
    assertThat(Batch.run("escalations", "-c", config.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "-a", withCompensations.toString(), "--as-of", end.toString()))
        .isEqualTo(escalations);

    // Every step due at the end was written, and every step written was due, with the same dueAt and
    // actions, at the instant it was written (a step the app recorded since, by an escalated event,
    // is no longer due at the end); none twice.
    List<String> written = sorted(steps.stream().map(r -> Batch.read(r.value())).toList());
    assertThat(written).as("steps written").doesNotHaveDuplicates().containsAll(sorted(batchSteps)).isNotEmpty();
    Map<Instant, List<TestRecord<String, String>>> byWriting = new TreeMap<>();
    steps.forEach(r -> byWriting.computeIfAbsent(r.getRecordTime(), k -> new ArrayList<>()).add(r));
    for (Map.Entry<Instant, List<TestRecord<String, String>>> at : byWriting.entrySet()) {
      List<String> due = new ArrayList<>();
      for (JsonNode e : Batch.run("escalations", "-c", config.toString(), "--cases", cases.toString(),
          "--customers", customers.toString(), "-a", withCompensations.toString(), "--as-of", at.getKey().toString())) {
        for (JsonNode d : e.get("due")) {
          ObjectNode step = Batch.JSON.createObjectNode().put("case", e.get("case").asText());
          step.setAll((ObjectNode) d);
          due.add(step.toString());
        }
      }
      assertThat(due).as("due at %s", at.getKey())
          .containsAll(sorted(at.getValue().stream().map(r -> Batch.read(r.value())).toList()));
    }

    // Each case's last outcome against pledge sla at that outcome's instant.
    Map<String, JsonNode> lastOutcome = new LinkedHashMap<>();
    outcomes.forEach(r -> lastOutcome.put(r.key(), Batch.read(r.value())));
    assertThat(lastOutcome.keySet()).containsExactlyInAnyOrderElementsOf(caseRecords.stream()
        .map(Harness.In::key).distinct().toList());
    Map<String, List<JsonNode>> byInstant = new TreeMap<>();
    lastOutcome.values().forEach(o -> byInstant.computeIfAbsent(o.get("asOf").asText(), k -> new ArrayList<>()).add(o));
    int promised = 0;
    for (Map.Entry<String, List<JsonNode>> at : byInstant.entrySet()) {
      Map<String, List<JsonNode>> sla = Batch.run("sla", "-c", config.toString(), "--cases", cases.toString(),
          "--customers", customers.toString(), "-a", withCompensations.toString(), "--as-of", at.getKey())
          .stream().collect(Collectors.groupingBy(l -> l.get("case").asText()));
      for (JsonNode streamed : at.getValue()) {
        String caseId = streamed.get("case").asText();
        List<JsonNode> batch = sla.getOrDefault(caseId, List.of());
        assertThat(list(streamed.get("instances"))).as("case %s at %s", caseId, at.getKey()).isEqualTo(batch);
        if (!batch.isEmpty()) {
          promised++;
          assertThat(streamed.get("policy").asText()).isEqualTo(batch.get(0).get("policy").asText());
        }
      }
    }
    assertThat(promised).as("promised cases compared").isGreaterThan(3);

    // Each customer's last status in each program against pledge tiers at that status's instant.
    Map<String, JsonNode> lastStatus = new LinkedHashMap<>();
    statuses.forEach(r -> {
      JsonNode s = Batch.read(r.value());
      lastStatus.put(s.get("customer").asText() + "/" + s.get("program").asText(), s);
    });
    assertThat(lastStatus).isNotEmpty();
    for (JsonNode streamed : lastStatus.values()) {
      String asOf = streamed.get("asOf").asText();
      JsonNode batch = Batch.run("tiers", "-c", config.toString(), "--customers", customers.toString(),
          "-a", withCompensations.toString(), "--as-of", asOf, "-p", streamed.get("program").asText()).stream()
          .filter(l -> l.get("customer").equals(streamed.get("customer"))).findFirst().orElseThrow();
      ObjectNode withoutAsOf = streamed.deepCopy();
      withoutAsOf.remove("asOf");
      assertThat(withoutAsOf).as("status of %s at %s", streamed.get("customer"), asOf).isEqualTo(batch);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<String> sorted(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::toString).sorted().toList();
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
