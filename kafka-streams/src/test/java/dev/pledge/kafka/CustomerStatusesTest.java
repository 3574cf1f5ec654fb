package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pledge.Pledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier statuses written when they change: on activities, once per activity id, and when a level runs out. */
class CustomerStatusesTest {
  private static final Path CONFIG = Path.of("../examples/programs/skyclub.json");
  private static final Pledge SKYCLUB = Pledge.load(CONFIG);
  private static final String FLIGHT =
      "{\"customer\":\"zoe\",\"at\":\"2025-06-01T10:00:00Z\",\"kind\":\"flight\",\"id\":\"Z1\",\"xp\":100}";

  @TempDir
  Path dir;

  @Test
  void aLevelThatRunsOutIsWrittenAtItsEndWithoutAnyRecord() throws Exception {
    // zoe earns silver with 100 xp in 2025 (calendar-year periods in Europe/Paris, validity
    // "next-period"): silver holds until 2026-12-31, the last day. The first instant of 2027 in
    // Paris is 2026-12-31T23:00Z, when the soft landing takes her down one level, to explorer.
    Instant flown = Instant.parse("2025-06-01T10:00:00Z");
    Instant runsOut = Instant.parse("2026-12-31T23:00:00Z");
    try (Harness stream = Harness.of(SKYCLUB, dir.resolve("state"), flown)) {
      stream.input(stream.topics.activities()).pipeInput("zoe", FLIGHT, flown);
      stream.collect();
      assertThat(level(stream.statuses.get(0).value())).isEqualTo("silver");
      assertThat(Batch.read(stream.statuses.get(0).value()).get("validUntil").asText()).isEqualTo("2026-12-31");
      stream.advanceTo(runsOut.minusSeconds(1));
      assertThat(stream.statuses).hasSize(1);
      stream.advanceTo(runsOut);
      assertThat(stream.statuses).hasSize(2);
      JsonNode after = Batch.read(stream.statuses.get(1).value());
      assertThat(after.get("level").asText()).isEqualTo("explorer");
      assertThat(after.get("asOf").asText()).isEqualTo(runsOut.toString());
      assertThat(stream.statuses.get(1).getRecordTime()).isEqualTo(runsOut);
      // and it is what pledge tiers says at that instant
      Path activities = Files.writeString(dir.resolve("zoe.jsonl"), FLIGHT + "\n");
      JsonNode batch = Batch.run("tiers", "-c", CONFIG.toString(), "-a", activities.toString(), "--as-of",
          runsOut.toString()).get(0);
      ObjectNode streamed = after.deepCopy();
      streamed.remove("asOf");
      assertThat(streamed).isEqualTo(batch);
    }
  }

  @Test
  void anActivityWithAnIdAlreadyCountedCountsOnce() {
    Instant flown = Instant.parse("2025-06-01T10:00:00Z");
    try (Harness stream = Harness.of(SKYCLUB, dir.resolve("state"), flown)) {
      var activities = stream.input(stream.topics.activities());
      activities.pipeInput("zoe", FLIGHT, flown);
      activities.pipeInput("zoe", FLIGHT, flown.plusSeconds(60));
      String other = FLIGHT.replace("\"Z1\"", "\"Z2\"").replace("2025-06-01T10:00:00Z", "2025-06-02T10:00:00Z");
      activities.pipeInput("zoe", other, flown.plusSeconds(86_400));
      stream.collect();
      List<String> levels = stream.statuses.stream().map(r -> level(r.value())).toList();
      // the repeated Z1 changed nothing (no status written); Z2 brought 200 xp: gold (180)
      assertThat(levels).containsExactly("silver", "gold");
      assertThat(stream.deadLetters).isEmpty();
    }
  }

  private static String level(String status) {
    return Batch.read(status).get("level").asText();
  }
}
