package dev.pledge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.kafka.broker.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * By hand, not in CI: events per second through the ready application on the in-JVM broker (two
 * stream threads, exactly-once, two partitions), for docs/benchmarks.md:
 * {@code mvn -B -o -pl kafka-streams test -Dtest=BrokerThroughputTest -Dpledge.kafka.throughput=20000
 * -Dsurefire.failIfNoSpecifiedTests=false}, the number being the cases (about 4 events each;
 * {@code -Dpledge.kafka.guarantee=at_least_once} and {@code -Dpledge.kafka.stores=in-memory} vary it). The
 * events are all produced first; the time is from the application's start until its committed
 * input offsets reach the end of the case events topic.
 */
@EnabledIfSystemProperty(named = "pledge.kafka.throughput", matches = "\\d+")
class BrokerThroughputTest {
  @TempDir
  Path dir;

  @Test
  void eventsPerSecondOnTheBroker() throws Exception {
    int cases = Integer.parseInt(System.getProperty("pledge.kafka.throughput"));
    PledgeTopics t = PledgeTopics.withPrefix("pledge-");
    String[] customers = {"anna", "bartek", "chloe", "dmitri", "eva", "farid", "grace", "hugo"};
    Random random = new Random(42);
    long events = 0;
    try (KafkaBroker broker = KafkaBroker.start();
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 20),
            new StringSerializer(), new StringSerializer());
        Admin admin = broker.admin()) {
      broker.createTopics(2, t.caseEvents(), t.customers(), t.activities(), t.outcomes(), t.dueSteps(),
          t.statuses(), t.deadLetters());
      broker.createTopics(1, t.contexts());
      Instant start = Instant.parse("2026-03-02T07:00:00Z");
      for (int c = 0; c < cases; c++) {
        String id = "c" + c;
        Instant at = start.plusSeconds(420L * c);
        events += send(producer, t, id, at, "{\"case\":\"" + id + "\",\"at\":\"" + at + "\",\"type\":\"opened\","
            + "\"customer\":\"" + customers[c % customers.length] + "\",\"channel\":\""
            + (random.nextBoolean() ? "email" : "phone") + "\",\"priority\":\"normal\"}");
        int replies = 1 + random.nextInt(3);
        for (int r = 0; r < replies; r++) {
          at = at.plusSeconds(600 + random.nextInt(7200));
          events += send(producer, t, id, at, "{\"case\":\"" + id + "\",\"at\":\"" + at + "\",\"type\":\""
              + (r % 2 == 0 ? "agent-reply" : "customer-message") + "\"}");
        }
        at = at.plusSeconds(600);
        events += send(producer, t, id, at, "{\"case\":\"" + id + "\",\"at\":\"" + at
            + "\",\"type\":\"status\",\"status\":\"closed\"}");
      }
      producer.flush();
      Map<TopicPartition, Long> ends = admin.listOffsets(Map.of(new TopicPartition(t.caseEvents(), 0),
          OffsetSpec.latest(), new TopicPartition(t.caseEvents(), 1), OffsetSpec.latest())).all().get()
          .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));

      Properties p = new Properties();
      p.put(StreamsConfig.APPLICATION_ID_CONFIG, "pledge-throughput");
      p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, System.getProperty("pledge.kafka.guarantee",
          StreamsConfig.EXACTLY_ONCE_V2));
      p.put("pledge.stores", System.getProperty("pledge.kafka.stores", "rocksdb"));
      p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
      // the end is read from the committed offsets: commit as often under both guarantees
      p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
      p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
      p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
      p.put("pledge.punctuation", System.getProperty("pledge.kafka.punctuation", "stream-time"));
      KafkaStreams app = PledgeStreamsApp.create(Path.of("../examples/programs/skyclub.json"), p);
      long began = System.nanoTime();
      app.start();
      try {
        while (true) {
          Map<TopicPartition, OffsetAndMetadata> done = admin.listConsumerGroupOffsets("pledge-throughput")
              .partitionsToOffsetAndMetadata().get();
          boolean all = ends.entrySet().stream().allMatch(e -> done.get(e.getKey()) != null
              && done.get(e.getKey()).offset() >= e.getValue());
          if (all) {
            break;
          }
          assertThat(System.nanoTime() - began).as("processing time").isLessThan(Duration.ofMinutes(10).toNanos());
          Thread.sleep(50);
        }
      } finally {
        app.close(Duration.ofSeconds(30));
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      System.out.printf("throughput (%s, %s): %d cases, %d events in %.1f s from the start: %.0f events/s%n",
          p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG), System.getProperty("pledge.kafka.stores", "rocksdb"),
          cases, events, seconds, events / seconds);
    }
  }

  private static int send(KafkaProducer<String, String> producer, PledgeTopics t, String id, Instant at, String json) {
    producer.send(new ProducerRecord<>(t.caseEvents(), null, at.toEpochMilli(), id, json));
    return 1;
  }
}
