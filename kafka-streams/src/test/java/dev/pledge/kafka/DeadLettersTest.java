package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that cannot be used go to the dead-letter topic with the error and the original record,
 * and everything else goes on: the case stays as it was, the next good event is taken.
 */
class DeadLettersTest {
  private static final Pledge SKYCLUB = Pledge.load(Path.of("../examples/programs/skyclub.json"));
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir
  Path dir;

  @Test
  void badRecordsGoToTheDeadLettersWithTheirErrorAndTheRestGoesOn() {
    try (Harness stream = Harness.of(SKYCLUB, dir, AT)) {
      var events = stream.input(stream.topics.caseEvents());
      String opened = "{\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"c1\","
          + "\"channel\":\"email\",\"priority\":\"normal\"}";
      events.pipeInput("k1", "{not json", AT);
      events.pipeInput("k9", "{\"case\":\"k9\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"agent-reply\"}", AT);
      events.pipeInput("k1", opened, AT);
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"agent-reply\"}", AT);
      events.pipeInput("k2", "{\"case\":\"k1\",\"at\":\"2026-03-02T09:10:00Z\",\"type\":\"agent-reply\"}", AT);
      events.pipeInput(null, opened, AT);
      stream.input(stream.topics.activities()).pipeInput("c1", "{\"customer\":\"c1\",\"kind\":\"flight\"}", AT);
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T09:20:00Z\",\"type\":\"agent-reply\"}", AT.plusSeconds(1200));
      stream.advanceTo(AT.plusSeconds(1200));

      List<JsonNode> letters = stream.deadLetters.stream().map(r -> Batch.read(r.value())).toList();
      assertThat(letters).extracting(l -> l.get("record").asText()).containsExactly("{not json",
          "{\"case\":\"k9\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"agent-reply\"}",
          "{\"case\":\"k1\",\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"agent-reply\"}",
          "{\"case\":\"k1\",\"at\":\"2026-03-02T09:10:00Z\",\"type\":\"agent-reply\"}", opened,
          "{\"customer\":\"c1\",\"kind\":\"flight\"}");
      assertThat(letters.get(0).get("error").asText()).startsWith("not a case event: ");
      assertThat(letters.get(0).get("topic").asText()).isEqualTo("pledge-case-events");
      assertThat(letters.get(0).get("offset").asLong()).isZero();
      assertThat(letters.get(1).get("error").asText()).contains("unknown case \"k9\"");
      assertThat(letters.get(2).get("error").asText()).startsWith("case \"k1\" cannot take this event: ")
          .contains("before");
      assertThat(letters.get(3).get("error").asText()).contains("of case \"k1\" but keyed \"k2\"");
      assertThat(letters.get(4).get("error").asText()).contains("keyed by its case id");
      assertThat(letters.get(5).get("error").asText()).startsWith("not an activity: ");
      // k1 took its good events: first response at 09:20, 20 minutes after the opening
      JsonNode outcome = Batch.read(stream.outcomes.get(stream.outcomes.size() - 1).value());
      assertThat(outcome.get("instances").get(0).get("stop").asText()).isEqualTo("2026-03-02T09:20:00Z");
      assertThat(outcome.get("instances").get(0).get("elapsed").asText()).isEqualTo("PT20M");
    }
  }

  @Test
  void anEventThatWouldMakeTheCasesStateTooLargeIsRefused() {
    try (Harness stream = Harness.of(SKYCLUB, dir, AT)) {
      var events = stream.input(stream.topics.caseEvents());
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\","
          + "\"customer\":\"c1\",\"channel\":\"email\",\"priority\":\"normal\"}", AT);
      String note = "{\"case\":\"k1\",\"at\":\"2026-03-02T09:10:00Z\",\"type\":\"satisfaction\",\"score\":3,"
          + "\"comment\":\"" + "n".repeat(300_000) + "\"}";
      events.pipeInput("k1", note, AT);
      events.pipeInput("k1", note, AT);
      stream.collect();
      // the first rating fits (about 300,000 characters of the 524,288 a case may keep), the second does not
      assertThat(stream.deadLetters).hasSize(1);
      assertThat(Batch.read(stream.deadLetters.get(0).value()).get("error").asText())
          .isEqualTo("case \"k1\" cannot take this event: its state would pass 524288 characters (its events are "
              + "kept until it is forgotten)");
    }
  }
}
