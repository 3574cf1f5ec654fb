package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the stream wrote, checked against the batch commands at the same instants, field by field.
 * The batch runs read the activities with the compensations that {@code pledge escalations} gives
 * at {@code end}, since the stream's compensations come back to it as activities.
 */
final class BatchCheck {
  private final Path config;
  private final Path cases;
  private final Path customers;
  private final Path activities;
  private final List<JsonNode> stepsAtEnd = new ArrayList<>();

  BatchCheck(Path config, Path cases, Path customers, Path activities, Instant end, Path dir) {
    this.config = config;
    this.cases = cases;
    this.customers = customers;
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(activities));
      for (JsonNode step : due(activities, end)) {
        stepsAtEnd.add(step);
        if (step.get("actions").has("compensate")) {
          lines.add(step.get("actions").get("compensate").get("activity").toString());
        }
      }
      this.activities = Files.write(dir.resolve("activities-with-compensations.jsonl"), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the compensations do not change which steps fall due: the steps at the end stand as computed
    assertThat(due(this.activities, end)).isEqualTo(stepsAtEnd);
  }

  /** The steps {@code pledge escalations} gives at the end, each with its case. */
  List<JsonNode> stepsAtEnd() {
    return stepsAtEnd;
  }

  /** Each step written at an instant is due then, with the same dueAt and actions; no occurrence twice. */
  void assertSteps(List<Written> written) {
    assertThat(written.stream().map(w -> occurrence(w.value())).toList()).as("steps written").doesNotHaveDuplicates();
    Map<Instant, List<JsonNode>> byInstant = new TreeMap<>();
    written.forEach(w -> byInstant.computeIfAbsent(w.at(), k -> new ArrayList<>()).add(w.value()));
    byInstant.forEach((at, steps) -> assertThat(sorted(due(activities, at))).as("due at %s", at)
        .containsAll(sorted(steps)));
  }

  /** Each case's last outcome equals {@code pledge sla} at that outcome's {@code asOf}; returns how many were promised. */
  int assertOutcomes(Map<String, JsonNode> lastOutcome) {
    Map<String, List<JsonNode>> byInstant = new TreeMap<>();
    lastOutcome.values().forEach(o -> byInstant.computeIfAbsent(o.get("asOf").asText(), k -> new ArrayList<>()).add(o));
    int promised = 0;
    for (Map.Entry<String, List<JsonNode>> at : byInstant.entrySet()) {
      Map<String, List<JsonNode>> sla = Batch.run("sla", "-c", config.toString(), "--cases", cases.toString(),
          "--customers", customers.toString(), "-a", activities.toString(), "--as-of", at.getKey())
          .stream().collect(Collectors.groupingBy(l -> l.get("case").asText()));
      for (JsonNode streamed : at.getValue()) {
        String caseId = streamed.get("case").asText();
        List<JsonNode> batch = sla.getOrDefault(caseId, List.of());
        List<JsonNode> instances = new ArrayList<>();
        streamed.get("instances").forEach(instances::add);
        assertThat(instances).as("case %s at %s", caseId, at.getKey()).isEqualTo(batch);
        if (!batch.isEmpty()) {
          promised++;
          assertThat(streamed.get("policy").asText()).isEqualTo(batch.get(0).get("policy").asText());
        }
      }
    }
    return promised;
  }

  /** Each status (with its {@code asOf}) equals {@code pledge tiers} at that instant. */
  void assertStatuses(Iterable<JsonNode> statuses) {
    for (JsonNode streamed : statuses) {
      String asOf = streamed.get("asOf").asText();
      JsonNode batch = Batch.run("tiers", "-c", config.toString(), "--customers", customers.toString(),
          "-a", activities.toString(), "--as-of", asOf, "-p", streamed.get("program").asText()).stream()
          .filter(l -> l.get("customer").equals(streamed.get("customer"))).findFirst().orElseThrow();
      ObjectNode withoutAsOf = streamed.deepCopy();
      withoutAsOf.remove("asOf");
      assertThat(withoutAsOf).as("status of %s at %s", streamed.get("customer"), asOf).isEqualTo(batch);
    }
  }

  /** A step's occurrence: its case, its id and its due instant (a step can fall due more than once). */
  static String occurrence(JsonNode step) {
    return step.get("case").asText() + "/" + step.get("step").asText() + "@" + step.get("dueAt").asText();
  }

  /** A record the stream wrote, at its timestamp. */
  record Written(Instant at, JsonNode value) {}

  private List<JsonNode> due(Path activityFile, Instant at) {
    List<JsonNode> steps = new ArrayList<>();
    for (JsonNode e : Batch.run("escalations", "-c", config.toString(), "--cases", cases.toString(),
        "--customers", customers.toString(), "-a", activityFile.toString(), "--as-of", at.toString())) {
      for (JsonNode d : e.get("due")) {
        ObjectNode step = Batch.JSON.createObjectNode().put("case", e.get("case").asText());
        step.setAll((ObjectNode) d);
        steps.add(step);
      }
    }
    return steps;
  }

  static List<String> sorted(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::toString).sorted().toList();
  }
}
