package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.Pledge;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed case with nothing pending is kept for the retention, counted from when the stream first
 * saw it closed (not from the closing event's own instant, which may be long past when the record
 * comes), then forgotten: a later event of it goes to the dead letters.
 */
class ClosedCasesTest {
  @TempDir
  Path dir;

  @Test
  void aCaseClosedLongAgoIsKeptTheRetentionFromWhenItWasSeenThenForgotten() {
    Pledge pledge = Pledge.load(Path.of("../examples/programs/skyclub.json"));
    // old events (March) sent today (30 November): without care the case would be forgotten at once,
    // its closing being more than 30 days before the record
    Instant today = Instant.parse("2026-11-30T08:00:00Z");
    try (Harness stream = new Harness(PledgeStreams.of(pledge).closedCaseRetention(Duration.ofDays(30)),
        dir, today)) {
      var events = stream.input(stream.topics.caseEvents());
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"opened\",\"customer\":\"c1\","
          + "\"channel\":\"email\",\"priority\":\"normal\"}", today);
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T09:30:00Z\",\"type\":\"agent-reply\"}", today);
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-03-02T10:00:00Z\",\"type\":\"status\",\"status\":\"closed\"}",
          today);
      stream.advanceTo(today.plus(Duration.ofDays(1)));
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-12-01T08:00:00Z\",\"type\":\"satisfaction\",\"score\":4}",
          today.plus(Duration.ofDays(1)));
      stream.collect();
      assertThat(stream.deadLetters).as("a rating the day after").isEmpty();
      // 30 days after it was first seen closed, it is forgotten at the next punctuation
      stream.advanceTo(today.plus(Duration.ofDays(30)).minusSeconds(1));
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-12-29T08:00:00Z\",\"type\":\"satisfaction\",\"score\":5}",
          today.plus(Duration.ofDays(30)).minusSeconds(1));
      stream.collect();
      assertThat(stream.deadLetters).as("a rating the last second of the retention").isEmpty();
      stream.advanceTo(today.plus(Duration.ofDays(30)).plusSeconds(1));
      events.pipeInput("k1", "{\"case\":\"k1\",\"at\":\"2026-12-30T09:00:00Z\",\"type\":\"satisfaction\",\"score\":5}",
          today.plus(Duration.ofDays(30)).plusSeconds(1));
      stream.collect();
      assertThat(stream.deadLetters).hasSize(1);
      assertThat(Batch.read(stream.deadLetters.get(0).value()).get("error").asText())
          .contains("unknown case \"k1\"");
    }
  }
}
