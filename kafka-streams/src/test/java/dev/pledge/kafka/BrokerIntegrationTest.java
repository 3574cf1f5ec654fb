package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pledge.kafka.broker.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready application against a real single-node KRaft broker started in this JVM: two stream
 * threads, exactly-once, two partitions a topic. The SkyClub customers and activities go in first
 * (their contexts reach the global store), then the case events, every record at its instant;
 * timers run on stream time so that the outputs do not depend on when the test runs. The outputs
 * are checked against the batch commands at the same instants; then the application is closed and
 * started again on the same state directory beside a second instance (a rebalance moves tasks to
 * it, which restores them from their changelogs), and no step occurrence is written a second time.
 */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class BrokerIntegrationTest {
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Duration WAIT = Duration.ofSeconds(40);

  @TempDir
  Path dir;

  @Test
  void theSkyClubExampleRunsOnABrokerExactlyOnceAndAgainAfterARestart() throws Exception {
    Path config = EXAMPLES.resolve("programs/skyclub.json");
    Path cases = EXAMPLES.resolve("data/skyclub-cases.jsonl");
    Path customers = EXAMPLES.resolve("data/skyclub-customers.jsonl");
    Path activities = EXAMPLES.resolve("data/skyclub-activities.jsonl");
    PledgeTopics t = PledgeTopics.withPrefix("pledge-");
    List<Harness.In> events = Harness.lines(cases, t.caseEvents(), "case", null);
    List<Harness.In> customerRecords = Harness.lines(customers, t.customers(), "customer",
        Instant.parse("2025-01-01T00:00:00Z"));
    List<Harness.In> activityRecords = Harness.lines(activities, t.activities(), "customer", null);
    Instant last = events.stream().map(Harness.In::at).max(Instant::compareTo).orElseThrow();

    try (KafkaBroker broker = KafkaBroker.start();
        KafkaProducer<String, String> producer = new KafkaProducer<>(java.util.Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new StringSerializer(), new StringSerializer());
        Outputs out = new Outputs(broker.bootstrapServers(), t)) {
      broker.createTopics(2, t.caseEvents(), t.customers(), t.activities(), t.outcomes(), t.dueSteps(),
          t.statuses(), t.deadLetters());
      broker.createTopics(1, t.contexts());
      List<Harness.In> people = new ArrayList<>(customerRecords);
      people.addAll(activityRecords);
      send(producer, people);

      Path state = dir.resolve("state");
      KafkaStreams app = PledgeStreamsApp.create(config, properties(broker, state));
      app.start();
      try {
        // every customer's levels are in the global store before any case asks for them
        Set<String> ids = new HashSet<>();
        customerRecords.forEach(c -> ids.add(c.key()));
        activityRecords.forEach(a -> ids.add(a.key()));
        out.await(() -> out.contexts.keySet().containsAll(ids), "a context for every customer");
        Thread.sleep(500); // the global thread applies what it read
        send(producer, events);
        Set<String> caseIds = new HashSet<>();
        events.forEach(e -> caseIds.add(e.key()));
        out.await(() -> out.lastOutcome.keySet().containsAll(caseIds) && out.quietFor(Duration.ofSeconds(2)),
            "an outcome for every case");
      } finally {
        assertThat(app.close(Duration.ofSeconds(20))).isTrue();
      }
      assertThat(out.deadLetters).isEmpty();
      BatchCheck batch = new BatchCheck(config, cases, customers, activities, last, dir);
      assertThat(out.steps).hasSizeGreaterThan(5);
      batch.assertSteps(out.steps);
      assertThat(batch.assertOutcomes(out.lastOutcome)).isGreaterThan(3);
      assertThat(out.statuses).isNotEmpty();
      int before = out.steps.size();

      // Started again on the same state directory, beside a second instance with an empty one: the
      // tasks are shared out between them (a rebalance; the second restores its tasks' stores from
      // their changelogs). The cases are known (their ratings are taken), and no step occurrence is
      // written a second time as their timers run on.
      KafkaStreams again = PledgeStreamsApp.create(config, properties(broker, state));
      KafkaStreams second = PledgeStreamsApp.create(config, properties(broker, dir.resolve("state-2")));
      again.start();
      second.start();
      try {
        out.await(() -> activeTasks(again) > 0 && activeTasks(second) > 0 && activeTasks(again) + activeTasks(second) == 4,
            "the four tasks shared out between the two instances");
        Instant rated = last.plus(Duration.ofHours(1));
        List<Harness.In> ratings = new ArrayList<>();
        for (String caseId : new java.util.TreeSet<>(out.lastOutcome.keySet())) {
          ratings.add(new Harness.In(t.caseEvents(), caseId, "{\"case\":\"" + caseId + "\",\"at\":\"" + rated
              + "\",\"type\":\"satisfaction\",\"score\":3}", rated));
        }
        for (int i = 0; i < 4; i++) {
          String id = "restart-" + i;
          ratings.add(new Harness.In(t.caseEvents(), id, "{\"case\":\"" + id + "\",\"at\":\"" + rated
              + "\",\"type\":\"opened\",\"customer\":\"anna\",\"channel\":\"email\",\"priority\":\"normal\"}", rated));
        }
        send(producer, ratings);
        out.await(() -> out.lastOutcome.keySet().containsAll(List.of("restart-0", "restart-1", "restart-2", "restart-3"))
            && out.quietFor(Duration.ofSeconds(2)), "the new cases' outcomes after the restart");
      } finally {
        assertThat(second.close(Duration.ofSeconds(20))).isTrue();
        assertThat(again.close(Duration.ofSeconds(20))).isTrue();
      }
      assertThat(out.deadLetters).as("dead letters after the restart").isEmpty();
      assertThat(out.steps.stream().map(s -> BatchCheck.occurrence(s.value())).toList())
          .as("steps, %d before the restart", before).doesNotHaveDuplicates();
    }
  }

  /** How many tasks (two sub-topologies on two partitions: four in all) run on {@code app}. */
  private static int activeTasks(KafkaStreams app) {
    return app.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
  }

  private static Properties properties(KafkaBroker broker, Path state) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "pledge-integration");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // the closed instance's members are given up after 6 s (the broker's least), not 45 s: the
    // restarted instance's rebalance waits for them
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "6000");
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "1000");
    p.put("pledge.punctuation", "stream-time");
    return p;
  }

  private static void send(KafkaProducer<String, String> producer, List<Harness.In> records) {
    records.stream().sorted((a, b) -> a.at().compareTo(b.at())).forEach(r ->
        producer.send(new ProducerRecord<>(r.topic(), null, r.at().toEpochMilli(), r.key(), r.value())));
    producer.flush();
  }

  /** The output topics, read committed, as they come. */
  private static final class Outputs implements AutoCloseable {
    final Map<String, JsonNode> lastOutcome = new LinkedHashMap<>();
    final List<BatchCheck.Written> steps = new ArrayList<>();
    final List<JsonNode> statuses = new ArrayList<>();
    final List<String> deadLetters = new ArrayList<>();
    final Map<String, String> contexts = new LinkedHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final PledgeTopics topics;
    private long lastRecord = System.nanoTime();

    Outputs(String bootstrap, PledgeTopics topics) {
      this.topics = topics;
      consumer = new KafkaConsumer<>(java.util.Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG, "pledge-test-reader",
          ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }

    void await(BooleanSupplier done, String what) {
      if (consumer.subscription().isEmpty()) {
        consumer.subscribe(List.of(topics.outcomes(), topics.dueSteps(), topics.statuses(), topics.deadLetters(),
            topics.contexts()));
      }
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!done.getAsBoolean()) {
        assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
          lastRecord = System.nanoTime();
          String topic = r.topic();
          if (topic.equals(topics.outcomes())) {
            lastOutcome.put(r.key(), Batch.read(r.value()));
          } else if (topic.equals(topics.dueSteps())) {
            steps.add(new BatchCheck.Written(Instant.ofEpochMilli(r.timestamp()), Batch.read(r.value())));
          } else if (topic.equals(topics.statuses())) {
            statuses.add(Batch.read(r.value()));
          } else if (topic.equals(topics.deadLetters())) {
            deadLetters.add(r.value());
          } else {
            contexts.put(r.key(), r.value());
          }
        }
      }
    }

    boolean quietFor(Duration quiet) {
      return System.nanoTime() - lastRecord > quiet.toNanos();
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
