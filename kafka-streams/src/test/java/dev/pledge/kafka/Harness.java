package dev.pledge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.Pledge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Pledge's topology in a {@link TopologyTestDriver}, fed in time order with the wall clock moved to
 * each record's instant before it (so that timers fire as they would have), its outputs collected.
 */
final class Harness implements AutoCloseable {
  /** A record for an input topic, at an instant. */
  record In(String topic, String key, String value, Instant at) {}

  final PledgeTopics topics;
  private final TopologyTestDriver driver;
  private Instant now;
  final List<TestRecord<String, String>> outcomes = new ArrayList<>();
  final List<TestRecord<String, String>> dueSteps = new ArrayList<>();
  final List<TestRecord<String, String>> statuses = new ArrayList<>();
  final List<TestRecord<String, String>> compensations = new ArrayList<>();
  final List<TestRecord<String, String>> deadLetters = new ArrayList<>();

  private final Path stateDir;

  Harness(PledgeStreams streams, Path stateDir, Instant start) {
    this(streams, stateDir, start, StreamsConfig.EXACTLY_ONCE_V2);
  }

  /**
   * With {@code guarantee}: at-least-once for a driver that reopens a copied state directory (under
   * exactly-once, stores without a clean checkpoint are wiped and restored from their changelogs,
   * which a test driver does not keep).
   */
  Harness(PledgeStreams streams, Path stateDir, Instant start, String guarantee) {
    this.topics = streams.topics();
    this.stateDir = stateDir;
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pledge-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    driver = new TopologyTestDriver(streams.topology(), props, start);
    now = start;
  }

  static Harness of(Pledge pledge, Path stateDir, Instant start) {
    return new Harness(PledgeStreams.of(pledge), stateDir, start);
  }

  /** Every line of {@code file} as a record of {@code topic}, keyed by its {@code keyField}, at its {@code at} (or {@code at}). */
  static List<In> lines(Path file, String topic, String keyField, Instant at) {
    try {
      List<In> in = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode json = Batch.read(line);
        Instant when = json.has("at") ? Instant.parse(json.get("at").asText()) : at;
        in.add(new In(topic, json.get(keyField).asText(), line, when));
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pipes {@code records} in time order (ties in list order), the wall clock at each one's instant first. */
  void pipeInTimeOrder(List<In> records) {
    List<In> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(In::at));
    for (In r : sorted) {
      advanceTo(r.at());
      driver.createInputTopic(r.topic(), new StringSerializer(), new StringSerializer())
          .pipeInput(r.key(), r.value(), r.at());
      collect();
    }
  }

  /** Moves the wall clock to {@code at} (if later), which punctuates. */
  void advanceTo(Instant at) {
    if (at.isAfter(now)) {
      driver.advanceWallClockTime(Duration.between(now, at));
      now = at;
    }
    collect();
  }

  /** Moves the wall clock on by {@code step} at a time until {@code end}. */
  void advanceInSteps(Instant end, Duration step) {
    while (now.plus(step).isBefore(end)) {
      advanceTo(now.plus(step));
    }
    advanceTo(end);
  }

  TestInputTopic<String, String> input(String topic) {
    return driver.createInputTopic(topic, new StringSerializer(), new StringSerializer());
  }

  /** Reads what the topology wrote since the last time into the lists. */
  void collect() {
    drain(topics.outcomes(), outcomes);
    drain(topics.dueSteps(), dueSteps);
    drain(topics.statuses(), statuses);
    drain(topics.activities(), compensations);
    drain(topics.deadLetters(), deadLetters);
  }

  private void drain(String topic, List<TestRecord<String, String>> into) {
    into.addAll(driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
        .readRecordsToList());
  }

  /** A store's entries and the bytes of their keys and values (UTF-8), as the store holds them. */
  record StoreSize(long entries, long bytes) {}

  StoreSize size(String store) {
    long entries = 0;
    long bytes = 0;
    try (var it = driver.<String, String>getKeyValueStore(store).all()) {
      while (it.hasNext()) {
        var kv = it.next();
        entries++;
        bytes += kv.key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            + kv.value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }
    }
    return new StoreSize(entries, bytes);
  }

  Instant now() {
    return now;
  }

  @Override
  public void close() {
    driver.close();
  }
}
